package dev.avrr.cases.registration;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#subject-rights (rectification): names are corrected at any time; once the approval was announced
 * with the household's ages and relations, a date of birth, a relation or a new member is refused.
 */
@QuarkusTest
class HouseholdRectificationTest {

    private static final String CHILD = """
            {"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}""";

    @Test
    void beforeApprovalTheHouseholdIsCorrectedAndCompleted() {
        String id = CaseApi.registerAdult();
        CaseApi.post(OSLO, id, "household", CHILD).statusCode(200).body("household", hasSize(1));
        String applicant = CaseApi.read(OSLO, id).extract().path("applicant.memberId");
        CaseApi.put(OSLO, id, "household/" + applicant, """
                {"givenName":"Testa","familyName":"Fiktivsen-Påhittad","dateOfBirth":"1990-01-02","relation":"APPLICANT"}""")
                .statusCode(200).body("applicant.familyName", equalTo("Fiktivsen-Påhittad"))
                .body("applicant.dateOfBirth", equalTo("1990-01-02")).body("applicant.memberId", equalTo(applicant));
        CaseApi.put(OSLO, id, "household/" + applicant, """
                {"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"1990-01-02","relation":"CHILD"}""")
                .statusCode(400).body("violations[0].field", equalTo("relation"));
        CaseApi.post(OSLO, id, "household", CHILD.replace("CHILD", "APPLICANT")).statusCode(400)
                .body("violations[0].field", equalTo("relation"));
        CaseApi.post(OSLO, id, "household", CHILD.replace("2016-05-05", LocalDate.now().plusDays(2).toString()))
                .statusCode(400).body("violations[0].field", equalTo("dateOfBirth"));
    }

    @Test
    void afterTheApprovalNamesAreCorrectedButNotAgesOrMembers() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), "[" + CHILD + "]"));
        CaseApi.approved(id);
        String child = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        CaseApi.put(OSLO, id, "household/" + child, CHILD.replace("Testo", "Testolino")).statusCode(200)
                .body("household[0].givenName", equalTo("Testolino"));
        CaseApi.put(OSLO, id, "household/" + child, CHILD.replace("2016-05-05", "2015-05-05")).statusCode(409)
                .body("guard", equalTo("household-fixed-after-approval"));
        CaseApi.post(OSLO, id, "household", CHILD).statusCode(409).body("guard", equalTo("household-fixed-after-approval"));
        CaseApi.put(OSLO, id, "household/" + java.util.UUID.randomUUID(), CHILD).statusCode(404);
    }
}
