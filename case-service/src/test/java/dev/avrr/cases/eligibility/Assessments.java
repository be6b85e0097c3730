package dev.avrr.cases.eligibility;

import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;

import dev.avrr.cases.CaseApi;
import dev.avrr.cases.casefile.records.EligibilityCategory;
import io.restassured.response.ValidatableResponse;

/** Assesses a fresh case through HTTP and reads one rule's result from the outcome. */
final class Assessments {

    private Assessments() {
    }

    /** Registers an applicant born on {@code dob}, assesses on {@code assessedOn} with the given findings. */
    static ValidatableResponse assess(LocalDate dob, LocalDate assessedOn, String findings) {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", dob, null));
        return assessCase(id, assessedOn, findings);
    }

    static ValidatableResponse assessCase(String id, LocalDate assessedOn, String findings) {
        String body = "{\"assessedOn\":\"" + assessedOn + "\"" + (findings == null || findings.isBlank() ? ""
                : "," + findings) + "}";
        return CaseApi.assess(CaseApi.OSLO, id, body).statusCode(200).body("eligibility.results", hasSize(5));
    }

    static boolean met(ValidatableResponse outcome, EligibilityCategory rule) {
        return outcome.extract().path("eligibility.results.find { it.rule == '" + rule + "' }.met");
    }

    static String reason(ValidatableResponse outcome, EligibilityCategory rule) {
        return outcome.extract().path("eligibility.results.find { it.rule == '" + rule + "' }.reason");
    }
}
