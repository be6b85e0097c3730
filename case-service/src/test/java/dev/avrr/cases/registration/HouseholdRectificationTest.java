package dev.avrr.cases.registration;

import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.PersonRectified;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#subject-rights (rectification): names are corrected at any time; once the approval was announced
 * with the household's ages and relations, a date of birth, a relation or a new member is refused.
 */
@QuarkusTest
class HouseholdRectificationTest {

    @Inject
    Events events;

    private static final String CHILD = """
            {"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}""";
    /** The child as corrected, with the reason a rectification needs. */
    private static final String CHILD_CORRECTED = CHILD.replace("}", ",\"reason\":\"Birth certificate seen (fictional)\"}");

    @Test
    void beforeApprovalTheHouseholdIsCorrectedAndCompleted() {
        String id = CaseApi.registerAdult();
        CaseApi.post(OSLO, id, "household", CHILD).statusCode(200).body("household", hasSize(1));
        String applicant = CaseApi.read(OSLO, id).extract().path("applicant.memberId");
        CaseApi.put(OSLO, id, "household/" + applicant, """
                {"givenName":"Testa","familyName":"Fiktivsen-Påhittad","dateOfBirth":"1990-01-02","relation":"APPLICANT",
                 "reason":"Passport seen (fictional)"}""")
                .statusCode(200).body("applicant.familyName", equalTo("Fiktivsen-Påhittad"))
                .body("applicant.dateOfBirth", equalTo("1990-01-02")).body("applicant.memberId", equalTo(applicant));
        CaseApi.put(OSLO, id, "household/" + applicant, """
                {"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"1990-01-02","relation":"CHILD",
                 "reason":"Passport seen (fictional)"}""")
                .statusCode(400).body("violations[0].field", equalTo("relation"));
        CaseApi.post(OSLO, id, "household", CHILD.replace("CHILD", "APPLICANT")).statusCode(400)
                .body("violations[0].field", equalTo("relation"));
        CaseApi.post(OSLO, id, "household", CHILD.replace("2016-05-05", LocalDate.now().plusDays(2).toString()))
                .statusCode(422).body("rule", equalTo("date-in-future"))
                .body("violations[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void afterTheApprovalNamesAreCorrectedButNotAgesOrMembers() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), "[" + CHILD + "]"));
        CaseApi.approved(id);
        String child = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        CaseApi.put(OSLO, id, "household/" + child, CHILD_CORRECTED.replace("Testo", "Testolino")).statusCode(200)
                .body("household[0].givenName", equalTo("Testolino"));
        CaseApi.put(OSLO, id, "household/" + child, CHILD_CORRECTED.replace("2016-05-05", "2015-05-05")).statusCode(409)
                .body("guard", equalTo("household-fixed-after-approval"));
        CaseApi.post(OSLO, id, "household", CHILD).statusCode(409).body("guard", equalTo("household-fixed-after-approval"));
        CaseApi.put(OSLO, id, "household/" + java.util.UUID.randomUUID(), CHILD_CORRECTED).statusCode(404);
    }

    @Test
    void aCorrectionNeedsItsReasonAndIsAnnouncedSealedWithWhoAndWhen() {
        String id = CaseApi.registerAdult();
        CaseApi.post(OSLO, id, "household", CHILD).statusCode(200);
        String applicant = CaseApi.read(OSLO, id).extract().path("applicant.memberId");
        String child = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        String corrected = """
                {"givenName":"Testa","familyName":"Fiktivsdottir","dateOfBirth":"1990-01-01","relation":"APPLICANT",
                 "identifiers":[{"type":"DUF_NUMBER","value":"200205705502"}]%s}""";

        // Without a reason, or with identity numbers for a member: refused, naming the field, nothing changed.
        CaseApi.put(OSLO, id, "household/" + applicant, corrected.formatted("")).statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        CaseApi.put(OSLO, id, "household/" + child, CHILD_CORRECTED.replace("}",
                ",\"identifiers\":[{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}]}")).statusCode(400)
                .body("violations[0].field", equalTo("identifiers"));
        CaseApi.read(OSLO, id).body("applicant.familyName", equalTo("Fiktivsen"));

        CaseApi.put(OSLO, id, "household/" + applicant,
                corrected.formatted(",\"reason\":\"Her passport shows the family name (fictional)\""))
                .statusCode(200).body("applicant.familyName", equalTo("Fiktivsdottir"))
                .body("applicant.identifiers[0].value", equalTo("200205705502"));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body("findAll { it.step == 'HOUSEHOLD_RECTIFIED' }.note",
                        hasItem(containsString("Her passport shows the family name (fictional)")));

        List<ConsumerRecord<String, String>> announced = CaseApi.caseEvents(id, PersonRectified.TYPE, 1);
        assertEquals(1, announced.size());
        String value = announced.get(0).value();
        for (String inClear : List.of("Fiktivs", "200205705502", "passport")) {
            assertFalse(value.contains(inClear), "sealed, not in clear: " + inClear);
        }
        EventEnvelope event = events.parse(value);
        PersonRectified rectified = events.data(event, PersonRectified.class);
        assertEquals(applicant, rectified.memberId().toString());
        assertTrue(rectified.applicant());
        assertEquals("iom-oslo", rectified.office());
        assertFalse(rectified.rectifiedBy().isBlank(), "who corrected");
        PersonRectified.Correction correction = events.personal(event, PersonRectified.Correction.class).orElseThrow();
        assertEquals("Fiktivsen", correction.before().familyName());
        assertEquals("Fiktivsdottir", correction.after().familyName());
        assertEquals("200205705502", correction.after().identifiers().get(0).value());
        assertEquals("Her passport shows the family name (fictional)", correction.reason());
    }
}
