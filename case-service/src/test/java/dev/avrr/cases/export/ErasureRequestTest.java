package dev.avrr.cases.export;

import static dev.avrr.cases.CaseApi.DPO;
import static dev.avrr.cases.CaseApi.DPO_2;
import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * docs/data-protection.md#erasure: an erasure, four-eyes, of an ended case only; every other service says what
 * stands in the way before it is released (an open protection alert, unpaid approved money: 409 naming them and what
 * to do); released, case-service erases its part in place and announces it, the others confirm; afterwards the
 * person's export answers "erased".
 */
@QuarkusTest
class ErasureRequestTest {

    private static final String REQUEST = """
            {"requestReference":"%s","identityVerifiedBy":"Passport seen at IOM Oslo (fictional)"}""";

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    private static ValidatableResponse recordErasure(String token, String caseId, String reference) {
        return given().auth().oauth2(token).contentType("application/json").body(REQUEST.formatted(reference))
                .post("/api/v1/cases/" + caseId + "/erasure-requests").then();
    }

    private static ValidatableResponse view(String requestId) {
        return given().auth().oauth2(DPO).get("/api/v1/data-protection/requests/" + requestId).then();
    }

    private static String withdrawn() {
        String id = CaseApi.registerAdult();
        given().auth().oauth2(OSLO).header("If-Match", CaseApi.etag(OSLO, id)).contentType("application/json")
                .body("{\"endedOn\":\"%s\",\"reason\":\"APPLICANT_WITHDREW\",\"note\":\"Fictional: stays with her aunt\"}"
                        .formatted(CaseApi.today()))
                .post("/api/v1/cases/" + id + "/withdrawal").then().statusCode(200);
        return id;
    }

    /** Each other service answers a step as it would: the given blockers at CHECKED, a count at ERASED. */
    private void answer(String requestId, String caseId, String stage, List<String> grantBlockers) {
        UUID request = UUID.fromString(requestId);
        UUID caseUuid = UUID.fromString(caseId);
        for (String type : List.of(ErasureAnswered.GRANT, ErasureAnswered.MONITORING)) {
            List<String> blockers = type.equals(ErasureAnswered.GRANT) ? grantBlockers : List.of();
            EventProbe.send(EventTypes.topicOf(type), caseId, events.toJson(events.create(type, caseId,
                    new ErasureAnswered(request, caseUuid, null, stage, blockers, stage.equals("ERASED") ? 3 : 0,
                            OffsetDateTime.now(ZoneOffset.UTC)))));
        }
    }

    private ErasureRequested announced(String type, String requestId) {
        EventEnvelope e = events.parse(EventProbe.await("avrr.case", r -> r.value().contains(requestId)
                && r.value().contains(type), 1, Duration.ofSeconds(20)).get(0).value());
        assertNull(e.data().get(EventEnvelope.PERSONAL), "ids only");
        return events.data(e, ErasureRequested.class);
    }

    @Test
    void aCaseStillOpenIsNotErased() {
        String id = CaseApi.registerAdult();
        recordErasure(DPO, id, "DPR-ERASE-OPEN").statusCode(409).body("guard", equalTo("case-not-ended"))
                .body("detail", containsString("closed, withdrawn or absconded"));
        recordErasure(OSLO, id, "DPR-ERASE-OPEN").statusCode(403);
        recordErasure(DPO, UUID.randomUUID().toString(), "DPR-ERASE-NONE").statusCode(404);
    }

    @Test
    void whatStandsInTheWayIsNamedThenTheReleasedErasureLeavesNothingOfThePerson() throws Exception {
        String id = withdrawn();
        String blocked = recordErasure(DPO, id, "DPR-ERASE-1").statusCode(201).body("kind", equalTo("ERASURE"))
                .body("partsAwaited", contains("grant-service", "monitoring-service")).extract().path("id");
        assertEquals(UUID.fromString(id), announced(ErasureRequested.REQUESTED, blocked).caseId());
        given().auth().oauth2(DPO_2).post("/api/v1/data-protection/requests/" + blocked + "/release").then()
                .statusCode(409).body("guard", equalTo("parts-awaited"));
        answer(blocked, id, ErasureAnswered.CHECKED, List.of(ErasureAnswered.UNPAID_APPROVED_MONEY));
        await().atMost(Duration.ofSeconds(20)).until(() -> view(blocked).extract().<List<String>>path("partsAwaited")
                .isEmpty());
        view(blocked).body("blockers", contains("unpaid-approved-money"));
        given().auth().oauth2(DPO_2).post("/api/v1/data-protection/requests/" + blocked + "/release").then()
                .statusCode(409).body("guard", equalTo("erasure-blocked"))
                .body("blockers", contains("unpaid-approved-money"))
                .body("detail", containsString("finance pays it or it is cancelled first"));
        CaseApi.read(OSLO, id).statusCode(200).body("applicant.givenName", equalTo("Testa"));

        // Paid meanwhile: a new request, nothing in the way, released by the other officer.
        String request = recordErasure(DPO, id, "DPR-ERASE-2").statusCode(201).extract().path("id");
        answer(request, id, ErasureAnswered.CHECKED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> view(request).extract().<List<String>>path("partsAwaited")
                .isEmpty());
        given().auth().oauth2(DPO).post("/api/v1/data-protection/requests/" + request + "/release").then()
                .statusCode(403);
        given().auth().oauth2(DPO_2).post("/api/v1/data-protection/requests/" + request + "/release").then()
                .statusCode(200).body("status", equalTo("RELEASED")).body("blockers", empty())
                .body("partsAwaited", contains("grant-service", "monitoring-service"));
        announced(ErasureRequested.RELEASED, request);

        CaseApi.read(OSLO, id).statusCode(200).body("applicant.givenName", equalTo("erased"))
                .body("applicant.familyName", equalTo("erased")).body("applicant.identifiers", anyOf(nullValue(), empty()))
                .body("applicant.dateOfBirth", nullValue()).body("status", equalTo("WITHDRAWN"))
                .body(not(containsString("Fiktivsen"))).body(not(containsString("200205705502")));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then().statusCode(200)
                .body(not(containsString("aunt"))).body(not(containsString("Passport")));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM avrr_case WHERE id = ? AND (applicant_given_name = 'Testa' "
                        + "OR applicant_family_name LIKE '%Fiktiv%' OR applicant_date_of_birth IS NOT NULL)")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "nothing of the person in the case's clear columns");
            }
        }

        answer(request, id, ErasureAnswered.ERASED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> view(request).extract().<List<String>>path("partsAwaited")
                .isEmpty());
        view(request).body("partsReceived", contains("grant-service", "monitoring-service"));
        given().auth().oauth2(DPO).get("/api/v1/data-protection/requests/" + request + "/package").then()
                .statusCode(409).body("guard", equalTo("no-package"));

        // The person's export now answers that their data were erased; so does a second erasure.
        SubjectExportTest.record(DPO, id, "DPR-AFTER").statusCode(409).body("guard", equalTo("erased"))
                .body("detail", containsString("erased on"));
        recordErasure(DPO, id, "DPR-ERASE-3").statusCode(409).body("guard", equalTo("erased"));
        assertFalse(view(request).extract().asString().contains("Testa"));
    }
}
