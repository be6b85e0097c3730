package dev.avrr.cases.udi;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/** docs/domain.md#eligibility-for-the-vulnerable-groups-programme: a case goes to UDI only if its latest assessment found it eligible for its programme. */
@QuarkusTest
class EligibleForProgrammeGuardTest {

    @Test
    void anIneligibleCaseIsNotSubmittedUntilReassessedEligible() {
        String id = CaseApi.register(CaseApi.registration("VICTIMS_OF_TRAFFICKING", LocalDate.of(1990, 1, 1), null));
        CaseApi.assessed(OSLO, id, CaseApi.MEDICAL);
        CaseApi.signed(OSLO, id);
        CaseApi.udiConsent(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("guard", equalTo("not-eligible"));
        CaseApi.assessed(OSLO, id, CaseApi.VICTIM);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200);
    }

    @Test
    void theCaseworkerChoosesTheProgrammeBeforeSubmission() {
        String id = CaseApi.register(CaseApi.registration("VICTIMS_OF_TRAFFICKING", LocalDate.of(1990, 1, 1), null));
        CaseApi.assessed(OSLO, id, CaseApi.MEDICAL);
        CaseApi.read(OSLO, id).body("eligibility.eligible", equalTo(false));
        CaseApi.put(OSLO, id, "programme", "{\"programme\":\"VULNERABLE_GROUPS\"}").statusCode(200)
                .body("programme", equalTo("VULNERABLE_GROUPS")).body("eligibility.eligible", equalTo(true))
                .body("status", equalTo("ELIGIBILITY_ASSESSED"));
        CaseApi.signed(OSLO, id);
        CaseApi.udiConsent(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200);
        CaseApi.put(OSLO, id, "programme", "{\"programme\":\"UDI_STANDARD\"}").statusCode(409)
                .body("state", equalTo("SUBMITTED_TO_UDI"));
    }
}
