package dev.avrr.monitoring.scores;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.Examples;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Sustainability scores (docs/domain.md#sustainability-of-reintegration): indicators in three dimensions answered per indicator, scored per
 * dimension and composite with versioned weights, a baseline at or before return and each follow-up compared
 * with it; a score can always be recomputed as it was.
 */
@QuarkusTest
class SurveysTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String ADMIN = TestTokens.of(Roles.ADMIN, "iom-hq");

    @Inject
    Events events;

    private static ValidatableResponse record(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/monitoring/cases/" + caseId + "/surveys").then();
    }

    @Test
    void aBaselineBeforeTheReturnAndAFollowUpAfterItAreComparedPerDimension() {
        Returns returns = new Returns(events);
        UUID caseId = returns.registered("ER", "NO", Programme.VULNERABLE_GROUPS);
        record(Returns.caseworker(Returns.IOM_OSLO), caseId, SurveyBodies.survey("BASELINE", TODAY.minusDays(10), 2, 2, 2))
                .statusCode(201).body("kind", equalTo("BASELINE")).body("weightsVersion", equalTo(1))
                .body("scores.economic", equalTo(0.25f)).body("scores.composite", equalTo(0.25f))
                .body("comparedWithBaseline", nullValue());

        returns.returned(caseId, Programme.VULNERABLE_GROUPS, "ER", TODAY.minusDays(5),
                List.of(new Traveller(UUID.randomUUID(), HouseholdRelation.APPLICANT, 19)));
        record(Returns.mission("ER"), caseId, SurveyBodies.survey("FOLLOW_UP", TODAY.minusDays(1), 4, 3, 2)).statusCode(201)
                .body("scores.economic", equalTo(0.75f)).body("scores.social", equalTo(0.5f))
                .body("scores.psychosocial", equalTo(0.25f)).body("scores.composite", equalTo(0.5f))
                .body("comparedWithBaseline.baseline.composite", equalTo(0.25f))
                .body("comparedWithBaseline.change.economic", equalTo(0.5f))
                .body("comparedWithBaseline.change.social", equalTo(0.25f))
                .body("comparedWithBaseline.change.psychosocial", equalTo(0.0f))
                .body("comparedWithBaseline.change.composite", equalTo(0.25f));

        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).get("/api/v1/monitoring/cases/" + caseId
                + "/surveys").then().statusCode(200).body("kind", equalTo(List.of("BASELINE", "FOLLOW_UP")))
                .body("[1].comparedWithBaseline.change.composite", equalTo(0.25f));
    }

    @Test
    void aSurveyTakenAtTheWrongTimeIsRefusedNamingTheRule() {
        LocalDate arrival = TODAY.minusDays(5);
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "ER", arrival);
        String mission = Returns.mission("ER");
        record(mission, caseId, SurveyBodies.survey("BASELINE", arrival.plusDays(1), 3, 3, 3)).statusCode(422)
                .body("rule", equalTo("baseline-at-or-before-return"));
        record(mission, caseId, SurveyBodies.survey("FOLLOW_UP", arrival, 3, 3, 3)).statusCode(422)
                .body("rule", equalTo("follow-up-after-return"));
        record(mission, caseId, SurveyBodies.survey("BASELINE", arrival, 3, 3, 3)).statusCode(201);
        record(Returns.caseworker(Returns.IOM_OSLO), caseId, SurveyBodies.survey("BASELINE", arrival, 3, 3, 3)).statusCode(422)
                .body("rule", equalTo("one-baseline-per-returnee"));
        record(Returns.caseworker(Returns.IOM_OSLO), caseId, SurveyBodies.survey("FOLLOW_UP", TODAY, 3, 3, 3)).statusCode(403);

        UUID notReturned = new Returns(events).registered("ER", "NO", Programme.UDI_STANDARD);
        record(mission, notReturned, SurveyBodies.survey("FOLLOW_UP", TODAY, 3, 3, 3)).statusCode(409)
                .body("state", equalTo("AWAITING_RETURN"));
    }

    @Test
    void aScoreOutsideItsScaleAnUnknownIndicatorOrAnotherCountrysReturneeIsRefused() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "ER", TODAY.minusDays(5));
        String mission = Returns.mission("ER");
        String body = SurveyBodies.survey("FOLLOW_UP", TODAY, 3, 3, 3);
        record(mission, caseId, body.replaceFirst("\"ECO_DEBT\",\"value\":3", "\"ECO_DEBT\",\"value\":6"))
                .statusCode(400).body("violations[0].field", equalTo("answers[2].value"))
                .body("violations[0].message", equalTo("must be between 1 and 5 on the scale of ECO_DEBT"));
        record(mission, caseId, body.replaceFirst("ECO_INCOME", "ECO_LUCK")).statusCode(400)
                .body("violations[0].field", equalTo("answers[0].indicator"));
        record(mission, caseId, body.replaceFirst(",\\{\"indicator\":\"PSY_WELLBEING\",\"value\":3}", ""))
                .statusCode(400).body("violations[0].field", equalTo("answers"))
                .body("violations[0].message", equalTo("misses PSY_WELLBEING"));
        record(Returns.mission("SO"), caseId, body).statusCode(404);
        given().auth().oauth2(mission).get("/api/v1/monitoring/cases/" + caseId + "/surveys").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void aScoreIsRecomputedAsItWasAfterTheWeightsChange() {
        UUID caseId = new Returns(events).returned(Programme.UDI_STANDARD, "ER", TODAY.minusDays(5));
        String surveyId = record(Returns.mission("ER"), caseId, SurveyBodies.survey("FOLLOW_UP", TODAY.minusDays(1), 5, 1, 1))
                .statusCode(201).body("scores.composite", equalTo(0.333f)).extract().path("id");

        String doubleEconomic = Examples.read("examples/scores/publish-economic-double.json").replace("2099-01-01", TODAY.plusDays(1).toString());
        int version = given().auth().oauth2(ADMIN).contentType("application/json").body(doubleEconomic)
                .post("/api/v1/monitoring/sustainability/weights").then().statusCode(201)
                .body("dimensions[0].dimension", equalTo("ECONOMIC")).body("dimensions[0].weight", equalTo(2.0f))
                .extract().path("version");

        String scores = "/api/v1/monitoring/cases/" + caseId + "/surveys/" + surveyId + "/scores";
        given().auth().oauth2(Returns.mission("ER")).get(scores).then().statusCode(200)
                .body("weightsVersion", equalTo(1)).body("asRecorded", equalTo(true))
                .body("scores.composite", equalTo(0.333f));
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).queryParam("weightsVersion", version).get(scores)
                .then().statusCode(200).body("weightsVersion", equalTo(version)).body("asRecorded", equalTo(false))
                .body("scores.composite", equalTo(0.5f));
        given().auth().oauth2(Returns.mission("ER")).get("/api/v1/monitoring/cases/" + caseId + "/surveys").then()
                .body("[0].scores.composite", equalTo(0.333f)).body("[0].weightsVersion", equalTo(1));
        given().auth().oauth2(Returns.mission("ER")).queryParam("weightsVersion", "two").get(scores).then()
                .statusCode(400).body("violations[0].field", equalTo("weightsVersion"));

        given().auth().oauth2(Returns.mission("ER")).get("/api/v1/monitoring/sustainability/scheme").then()
                .statusCode(200).body("version", not(equalTo(version))).body("dimensions", hasSize(3))
                .body("dimensions[2].indicators.code", hasSize(5));
        given().auth().oauth2(ADMIN).queryParam("version", version).get("/api/v1/monitoring/sustainability/scheme")
                .then().statusCode(200).body("validFrom", equalTo(TODAY.plusDays(1).toString()));
    }

    @Test
    void weightsApplyFromAFutureDateToKnownIndicatorsOnly() {
        String example = Examples.read("examples/scores/publish-economic-double.json");
        String path = "/api/v1/monitoring/sustainability/weights";
        given().auth().oauth2(ADMIN).contentType("application/json")
                .body(example.replace("2099-01-01", TODAY.toString())).post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("validFrom"));
        given().auth().oauth2(ADMIN).contentType("application/json").body(example.replace("ECO_SAVINGS", "ECO_LUCK"))
                .post(path).then().statusCode(400).body("violations[0].field", equalTo("indicators.ECO_LUCK"));
        given().auth().oauth2(ADMIN).contentType("application/json").body(example.replace("\"SOCIAL\": 1, ", ""))
                .post(path).then().statusCode(400).body("violations[0].field", equalTo("dimensions"));
        given().auth().oauth2(Returns.mission("ER")).contentType("application/json").body(example).post(path).then()
                .statusCode(403);
    }
}
