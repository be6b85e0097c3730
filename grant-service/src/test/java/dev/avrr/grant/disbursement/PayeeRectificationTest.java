package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.paymentBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A beneficiary's name corrected on the case reaches the payments not yet made to them in person; a payment made
 * keeps the name it was made to, and a vendor is not touched.
 */
@QuarkusTest
class PayeeRectificationTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    private static String payee(String disbursementId) {
        return given().auth().oauth2(FINANCE).get("/api/v1/disbursements/" + disbursementId).then().statusCode(200)
                .extract().path("payee.name");
    }

    @Test
    void thePaymentsNotYetMadeArePaidUnderTheCorrectedName() {
        String entitlement = grants.single(Programme.VULNERABLE_GROUPS, 41);
        var view = given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + entitlement).then().statusCode(200)
                .extract().jsonPath();
        UUID caseId = UUID.fromString(view.getString("caseId"));
        UUID beneficiary = UUID.fromString(view.getString("beneficiaryId"));
        String pending = request(MISSION, entitlement, disbursementBody("SUBSISTENCE", null, "RETURNEE", "100.00"))
                .statusCode(201).extract().path("id");
        String paid = request(MISSION, entitlement, disbursementBody("SUBSISTENCE", null, "RETURNEE", "50.00"))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + paid + "/approval").then().statusCode(200);
        given().auth().oauth2(MISSION).contentType("application/json").body(paymentBody("625.00", "0.08", "50.00"))
                .post("/api/v1/disbursements/" + paid + "/payment").then().statusCode(200);

        // A correction of someone paid under another name first (a guardian, say): nobody is renamed. The two come
        // in order on the case's key, so were it applied, the second would no longer find the old name.
        correct(caseId, beneficiary, "Tessa", "Annan", "Tessa", "Ny");
        correct(caseId, beneficiary, "Testa", "Fiktivsen", "Testa", "Fiktivsdottir");

        await().atMost(Duration.ofSeconds(20)).until(() -> "Testa Fiktivsdottir".equals(payee(pending)));
        assertEquals("Testa Fiktivsen", payee(paid), "paid under the name it was paid to");
    }

    private void correct(UUID caseId, UUID beneficiary, String givenBefore, String familyBefore, String givenAfter,
            String familyAfter) {
        PersonRectified.Person before = new PersonRectified.Person(givenBefore, familyBefore, LocalDate.of(1985, 1, 1),
                null, null, HouseholdRelation.APPLICANT, List.of());
        PersonRectified.Person after = new PersonRectified.Person(givenAfter, familyAfter, LocalDate.of(1985, 1, 1),
                null, null, HouseholdRelation.APPLICANT, List.of());
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), events.toJson(events.createWithPersonal(
                PersonRectified.TYPE, caseId.toString(), new PersonRectified(caseId, null, beneficiary, true,
                        "caseworker-subject", GrantFixture.OFFICE, OffsetDateTime.now()),
                new PersonRectified.Correction(before, after, "Passport seen (fictional)"))));
    }
}
