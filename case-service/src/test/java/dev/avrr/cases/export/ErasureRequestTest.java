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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.DocumentFiles;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * docs/data-protection.md#erasure: an erasure, four-eyes, of an ended case only; every other service says what
 * stands in the way before it is released (an open protection alert, unpaid approved money: 409 naming them and what
 * to do); released, case-service erases its part in place and announces it, the others confirm; afterwards the
 * person's export answers "erased". The keys of the case and of its access requests are destroyed: a backup taken
 * before, restored, gives nothing of the person back.
 */
@QuarkusTest
class ErasureRequestTest {

    private static final String REQUEST = """
            {"requestReference":"%s","identityVerifiedBy":"Passport seen at IOM Oslo (fictional)"}""";

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every protected column of the case. */
    private static final List<String> CASE_COLUMNS = List.of("applicant_details", "household", "vulnerability",
            "consents", "eligibility", "udi_decisions", "needs_inventory", "risk_assessments", "family_tracing",
            "travel_arrangements", "travel_booking");

    private static ValidatableResponse recordErasure(String token, String caseId, String reference) {
        return given().auth().oauth2(token).contentType("application/json").body(REQUEST.formatted(reference))
                .post("/api/v1/cases/" + caseId + "/erasure-requests").then();
    }

    private static ValidatableResponse view(String requestId) {
        return given().auth().oauth2(DPO).get("/api/v1/data-protection/requests/" + requestId).then();
    }

    private static String withdrawn() {
        String id = CaseApi.registerAdult();
        withdraw(id);
        return id;
    }

    private static void withdraw(String id) {
        given().auth().oauth2(OSLO).header("If-Match", CaseApi.etag(OSLO, id)).contentType("application/json")
                .body("{\"endedOn\":\"%s\",\"reason\":\"APPLICANT_WITHDREW\",\"note\":\"Fictional: stays with her aunt\"}"
                        .formatted(CaseApi.today()))
                .post("/api/v1/cases/" + id + "/withdrawal").then().statusCode(200);
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
        String statement = DocumentFiles.add(OSLO, "/api/v1/cases/" + id, "PHYSICIAN_STATEMENT",
                DocumentFiles.pdf("erasure")).statusCode(201).extract().path("id");
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
        // Their documents went too.
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM document WHERE owner_id = "
                + "?::uuid", id));
        DocumentFiles.list(OSLO, "/api/v1/cases/" + id).statusCode(200).body("size()", equalTo(0));
        DocumentFiles.download(OSLO, "/api/v1/cases/" + id, statement).statusCode(404);
        // Nor is the person found by anyone any more: the hashed search terms went with the names.
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM person_term WHERE case_id = "
                + "?::uuid", id));
        given().auth().oauth2(OSLO).contentType("application/json")
                .body("{\"identifier\":{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}}")
                .post("/api/v1/cases/searches").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));

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

    @Test
    void theKeysOfTheCaseAndItsAccessRequestsAreDestroyedSoARestoredBackupGivesNothingBack() throws Exception {
        String body = CaseApi.registration("VICTIMS_OF_TRAFFICKING", LocalDate.of(1990, 1, 1), """
                [{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}]""")
                .replaceFirst("\\}$", ",\"vulnerability\":{\"categories\":[\"VICTIM_OF_TRAFFICKING_ADULT\"],"
                        + "\"traffickingIdentifiedBy\":\"Rosa (fictional)\",\"notes\":\"Recruited abroad (fictional)\"}}");
        String id = CaseApi.register(body);
        SubjectExportTest.released(events, id, "DPR-ERASE-ACCESS").statusCode(200).body(containsString("Testo"));
        String access = DatabaseScan.rows(dataSource, "SELECT id FROM data_protection_request WHERE case_id = ?::uuid "
                + "AND kind = 'ACCESS'", id).get(0);
        String pending = SubjectExportTest.record(DPO, id, "DPR-ERASE-PENDING").statusCode(201).extract().path("id");
        withdraw(id);
        String request = recordErasure(DPO, id, "DPR-ERASE-KEYS").statusCode(201).extract().path("id");
        answer(request, id, ErasureAnswered.CHECKED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> view(request).extract().<List<String>>path("partsAwaited")
                .isEmpty());
        JsonPath before = CaseApi.read(OSLO, id).statusCode(200).body("household[0].givenName", equalTo("Testo"))
                .extract().jsonPath();
        List<String> stepsBefore = given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then()
                .statusCode(200).extract().path("step");

        // A backup taken now: the person's values, sealed with the key of the case or of the access request.
        Map<String, Map<String, String>> backup = new TreeMap<>(Map.of(
                "avrr_case.household", DatabaseScan.backup(dataSource, "avrr_case", "id", "household",
                        "id = ?::uuid", id),
                "avrr_case.applicant_details", DatabaseScan.backup(dataSource, "avrr_case", "id", "applicant_details",
                        "id = ?::uuid", id),
                "case_step.note", DatabaseScan.backup(dataSource, "case_step", "id", "note", "case_id = ?::uuid", id),
                "data_protection_request.identity_verified_by", DatabaseScan.backup(dataSource,
                        "data_protection_request", "id", "identity_verified_by", "id = ?::uuid", access),
                "data_protection_request.package", DatabaseScan.backup(dataSource, "data_protection_request", "id",
                        "package", "id = ?::uuid", access)));
        backup.forEach((column, values) -> {
            assertFalse(values.isEmpty(), column);
            String subject = column.startsWith("data_protection_request") ? access : id;
            assertTrue(values.values().stream().allMatch(v -> v.startsWith("v2:S:" + subject + ":")),
                    column + " is sealed with its subject's key: " + values);
        });
        assertTrue(backup.get("case_step.note").size() >= 2, "the export's and the withdrawal's notes");
        // The parts the other services sent for the access request, whole rows: erasure removes them.
        List<String> parts = DatabaseScan.rows(dataSource, "SELECT service, event_id, assembled_at, received_at, content "
                + "FROM access_request_part WHERE request_id = ?::uuid", access);
        assertEquals(2, parts.size(), "grant-service's and monitoring-service's parts");

        given().auth().oauth2(DPO_2).post("/api/v1/data-protection/requests/" + request + "/release").then()
                .statusCode(200).body("status", equalTo("RELEASED"));

        // The keys of the case and of its access requests are destroyed; the erasure request keeps its own: it is
        // kept as recorded, the proof of who asked and who released it.
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM keystore.subject_key WHERE "
                + "subject IN (?::uuid, ?::uuid, ?::uuid)", id, access, pending));
        assertEquals(List.of("3"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM subject_key_destroyed WHERE "
                + "subject IN (?::uuid, ?::uuid, ?::uuid)", id, access, pending));
        assertEquals(List.of("1|0"), DatabaseScan.rows(dataSource, "SELECT (SELECT COUNT(*) FROM keystore.subject_key "
                + "WHERE subject = ?::uuid), (SELECT COUNT(*) FROM subject_key_destroyed WHERE subject = ?::uuid)",
                request, request));
        // What the case keeps is sealed with the service's key, so it reads without the case's key.
        String kept = DatabaseScan.rows(dataSource, "SELECT " + String.join(", ", CASE_COLUMNS)
                + " FROM avrr_case WHERE id = ?::uuid", id).get(0);
        for (String value : kept.split("\\|")) {
            assertTrue(value.equals("null") || value.startsWith("v2:K:"), "kept with the service's key: " + kept);
        }
        JsonPath erased = CaseApi.read(OSLO, id).statusCode(200).body("applicant.givenName", equalTo("erased"))
                .body("household[0].givenName", equalTo("erased")).extract().jsonPath();
        for (String field : List.of("status", "programme", "countryOfReturn", "applicant.nationality",
                "household.relation", "vulnerability.categories", "consents.purpose", "consents.givenOn")) {
            assertEquals(before.<Object>get(field), erased.<Object>get(field), field + " is kept");
        }
        assertTrue(erased.getList("consents.language").stream().allMatch(l -> l == null || "und".equals(l)),
                "the consents' languages go: " + erased.getList("consents.language"));
        assertTrue(erased.getList("consents.signedFormReference").stream().allMatch(r -> r == null),
                "the signed forms' references go");
        assertEquals(1990, erased.getInt("applicant.estimatedBirthYear"));
        // Nothing new is recorded about the erased people: a late correction of the applicant is refused.
        CaseApi.put(OSLO, id, "household/" + erased.getString("applicant.memberId"), """
                {"givenName":"Testa","familyName":"Fiktivsen","relation":"APPLICANT",
                 "reason":"A fictional late correction"}""").statusCode(409).body("guard", equalTo("erased"));
        assertEquals(List.of(2016), erased.getList("household.estimatedBirthYear"));
        String erasedView = CaseApi.read(OSLO, id).extract().asString();
        String erasedHistory = given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then()
                .statusCode(200).extract().asString();
        List<String> stepsAfter = JsonPath.from(erasedHistory).getList("step");
        assertEquals(stepsBefore, stepsAfter.subList(0, stepsBefore.size()), "every step stays");
        view(access).body("identityVerifiedBy", equalTo("erased"));
        view(request).body("identityVerifiedBy", equalTo("Passport seen at IOM Oslo (fictional)"));

        // The backup restored: what it holds no longer opens, and reads as absent; nothing else changes.
        backup.forEach((column, values) -> {
            String[] tc = column.split("\\.");
            DatabaseScan.restore(dataSource, tc[0], "id", tc[1], values);
        });
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO access_request_part (request_id, service, event_id, assembled_at, received_at, content) "
                        + "VALUES (?::uuid, ?, ?::uuid, ?::timestamptz, ?::timestamptz, ?)")) {
            for (String part : parts) {
                String[] p = part.split("\\|");
                ps.setString(1, access);
                for (int i = 0; i < p.length; i++) {
                    ps.setString(i + 2, p[i]);
                }
                ps.executeUpdate();
            }
        }
        String restoredView = CaseApi.read(OSLO, id).statusCode(200).extract().asString();
        String restoredHistory = given().auth().oauth2(OSLO).get("/api/v1/cases/" + id + "/history").then()
                .statusCode(200).extract().asString();
        for (String clear : List.of("Testa", "Testo", "Fiktivsen", "200205705502", "+47 00 00 00 01", "Rosa",
                "Recruited", "aunt", "reception", "Passport")) {
            assertFalse(restoredView.contains(clear), clear + " came back: " + restoredView);
            assertFalse(restoredHistory.contains(clear), clear + " came back: " + restoredHistory);
        }
        assertEquals(erasedHistory, restoredHistory, "the history reads as erased");
        ObjectNode erasedCase = (ObjectNode) JSON.readTree(erasedView);
        ObjectNode restoredCase = (ObjectNode) JSON.readTree(restoredView);
        assertTrue(restoredCase.path("household").isEmpty(), "the backup's household does not open: " + restoredView);
        erasedCase.remove("household");
        restoredCase.remove("household");
        assertEquals(erasedCase, restoredCase, "the rest of the case is as erasure left it");
        String accessView = view(access).statusCode(200).extract().asString();
        assertFalse(accessView.contains("reception") || accessView.contains("identityVerifiedBy"), accessView);
        assertFalse(given().auth().oauth2(DPO).accept("application/json").get("/api/v1/data-protection/requests/"
                + access + "/package").then().extract().asString().contains("Testa"));
        List<String> restoredParts = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (AccessRequestPart p : em.createQuery("FROM AccessRequestPart WHERE requestId = :id",
                    AccessRequestPart.class).setParameter("id", UUID.fromString(access)).getResultList()) {
                restoredParts.add(p.service + "=" + p.content);
            }
            em.clear();
        });
        assertEquals(List.of("grant-service=null", "monitoring-service=null"), restoredParts.stream().sorted().toList(),
                "the parts restored do not open");
        view(request).body("identityVerifiedBy", equalTo("Passport seen at IOM Oslo (fictional)"));

        // A part of the access request still pending that arrives after the erasure is not kept (it would be sealed
        // with the service's key now); the answers that follow it on the same partition show it was handled.
        AccessPartAssembled.Part late = new AccessPartAssembled.Part(List.of(), JSON.createObjectNode().put("note",
                "Testa Fiktivsen, late (fictional)"), List.of());
        EventProbe.send(EventTypes.topicOf(AccessPartAssembled.GRANT), id, events.toJson(events.createWithPersonal(
                AccessPartAssembled.GRANT, id, new AccessPartAssembled(UUID.fromString(pending), UUID.fromString(id),
                        null, OffsetDateTime.now(ZoneOffset.UTC)), late)));
        answer(request, id, ErasureAnswered.ERASED, List.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> view(request).extract().<List<String>>path("partsAwaited")
                .isEmpty());
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM access_request_part WHERE "
                + "request_id = ?::uuid", pending));
    }
}
