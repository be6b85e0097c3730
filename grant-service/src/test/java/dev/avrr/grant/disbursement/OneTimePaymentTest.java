package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-victims-of-trafficking-package: the subsistence allowance is a one-time cash grant to an adult; for a child it is in kind, paid on
 * needs (so in as many payments as the plan has).
 */
@QuarkusTest
class OneTimePaymentTest {

    @Inject
    GrantFixture grants;

    @Test
    void anAdultsSubsistenceAllowanceIsPaidOnceAChildsOnNeeds() {
        Traveller mother = GrantFixture.applicant(30);
        Traveller son = GrantFixture.child(6);
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 2, mother, son);
        String adult = GrantFixture.entitlementOf(caseId, mother.memberId());
        String child = GrantFixture.entitlementOf(caseId, son.memberId());

        String first = request(MISSION, adult, disbursementBody("SUBSISTENCE", null, "RETURNEE", "2000.00"))
                .statusCode(201).extract().path("id");
        request(MISSION, adult, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1000.00")).statusCode(422)
                .body("rule", equalTo("one-time-payment"));
        given().auth().oauth2(FINANCE).contentType("application/json").body("{\"reason\":\"Wrong amount\"}")
                .post("/api/v1/disbursements/" + first + "/rejection").then().statusCode(200);
        request(MISSION, adult, disbursementBody("SUBSISTENCE", null, "RETURNEE", "3000.00")).statusCode(201);

        String line = approvedLine(child, "SUBSISTENCE", "CLOTHES", "3000.00");
        request(MISSION, child, disbursementBody("SUBSISTENCE", line, "VENDOR", "1000.00")).statusCode(201);
        request(MISSION, child, disbursementBody("SUBSISTENCE", line, "VENDOR", "1000.00")).statusCode(201);
    }
}
