package dev.avrr.grant.allocation;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.money;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A case that was withdrawn, or whose returnee absconded, stops its money: no new request, approval, payment or
 * conversion; what was reserved can still be cancelled or rejected, which returns it.
 */
@QuarkusTest
class StoppedCaseTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ CaseProgressed.WITHDRAWN + ", WITHDRAWN", CaseProgressed.ABSCONDED + ", ABSCONDED" })
    void noMoneyMovesOnAStoppedCase(String type, String status) {
        Traveller t = GrantFixture.applicant(29);
        UUID caseId = grants.approve(Programme.VULNERABLE_GROUPS, true, 1, t);
        String id = GrantFixture.entitlementOf(caseId, t.memberId());
        String pending = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1000.00"))
                .statusCode(201).extract().path("id");

        GrantFixture.send(caseId, events.toJson(events.create(type, caseId.toString(), new CaseProgressed(caseId, null, GrantFixture.OFFICE, GrantFixture.COUNTRY, status, null,
                OffsetDateTime.now()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().auth().oauth2(FINANCE)
                .get("/api/v1/reports/cases/" + caseId).jsonPath().getString("stoppedAs")));

        request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1000.00")).statusCode(422)
                .body("rule", equalTo("case-stopped"));
        given().auth().oauth2(FINANCE).post("/api/v1/disbursements/" + pending + "/approval").then().statusCode(422)
                .body("rule", equalTo("case-stopped"));
        given().auth().oauth2(MISSION).contentType("application/json")
                .body("{\"from\":\"HOUSING\",\"to\":\"EDUCATION_BUSINESS\",\"amount\":%s,\"reason\":\"r\"}"
                        .formatted(money("100.00")))
                .post("/api/v1/entitlements/" + id + "/conversions").then().statusCode(422)
                .body("rule", equalTo("case-stopped"));
        given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + id).then().body("stopped", equalTo(true));
        given().auth().oauth2(MISSION).contentType("application/json").body("{\"reason\":\"The case was withdrawn\"}")
                .post("/api/v1/disbursements/" + pending + "/cancellation").then().statusCode(200);
        given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + id).then()
                .body("available.amount", equalTo("42000.00"));
    }
}
