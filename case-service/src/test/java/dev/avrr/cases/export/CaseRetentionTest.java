package dev.avrr.cases.export;

import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/retention.md: five years after a case ended, its people are erased in every service the way a request erases
 * them — recorded by the system, checked, released when nothing stands in the way — and counted; a case ended
 * recently, a case still open, and a case whose checks name a blocker are not erased.
 */
@QuarkusTest
class CaseRetentionTest {

    private static final Pattern ERASED = Pattern.compile(
            "avrr_retention_removed_total\\{[^}]*class=\"ended-cases\"[^}]*} ([0-9.E]+)");

    @Inject
    CaseRetention retention;

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    private static String withdrawn() {
        String id = CaseApi.registerAdult();
        given().auth().oauth2(OSLO).header("If-Match", CaseApi.etag(OSLO, id)).contentType("application/json")
                .body("{\"endedOn\":\"%s\",\"reason\":\"APPLICANT_WITHDREW\"}".formatted(CaseApi.today()))
                .post("/api/v1/cases/" + id + "/withdrawal").then().statusCode(200);
        return id;
    }

    private void endedYearsAgo(String caseId, int years) throws Exception {
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                "UPDATE avrr_case SET status_changed_at = now() - CAST(? AS INTERVAL) WHERE id = ?")) {
            ps.setString(1, years + " years");
            ps.setObject(2, UUID.fromString(caseId));
            ps.executeUpdate();
        }
    }

    private List<String> erasureRequests(String caseId) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM data_protection_request WHERE case_id = ? AND kind = 'ERASURE' AND recorded_by = "
                        + "'system'")) {
            ps.setObject(1, UUID.fromString(caseId));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private void checked(String requestId, String caseId, List<String> grantBlockers) {
        for (String type : List.of(ErasureAnswered.GRANT, ErasureAnswered.MONITORING)) {
            EventProbe.send(EventTypes.topicOf(type), caseId, events.toJson(events.create(type, caseId,
                    new ErasureAnswered(UUID.fromString(requestId), UUID.fromString(caseId), null,
                            ErasureAnswered.CHECKED, type.equals(ErasureAnswered.GRANT) ? grantBlockers : List.of(),
                            0, OffsetDateTime.now(ZoneOffset.UTC)))));
        }
    }

    private static double erasedMetric() {
        Matcher m = ERASED.matcher(given().get("/q/metrics").asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void fiveYearsAfterTheEndThePeopleAreErasedUnlessSomethingStandsInTheWay() throws Exception {
        String expired = withdrawn();
        String blocked = withdrawn();
        String recent = withdrawn();
        String open = CaseApi.registerAdult();
        endedYearsAgo(expired, 6);
        endedYearsAgo(blocked, 6);
        endedYearsAgo(open, 6);
        double before = erasedMetric();

        retention.run();
        assertEquals(1, erasureRequests(expired).size(), "recorded by the system");
        assertEquals(1, erasureRequests(blocked).size());
        assertEquals(List.of(), erasureRequests(recent), "ended too recently");
        assertEquals(List.of(), erasureRequests(open), "not ended");
        String request = erasureRequests(expired).get(0);
        EventProbe.await("avrr.case", r -> r.value().contains(request)
                && r.value().contains(ErasureRequested.REQUESTED), 1, Duration.ofSeconds(20));
        retention.run();
        assertEquals(1, erasureRequests(expired).size(), "one erasure at a time");
        CaseApi.read(OSLO, expired).statusCode(200).body("applicant.givenName",
                org.hamcrest.Matchers.equalTo("Testa"));

        checked(request, expired, List.of());
        checked(erasureRequests(blocked).get(0), blocked, List.of(ErasureAnswered.UNPAID_APPROVED_MONEY));
        await().atMost(Duration.ofSeconds(20)).until(() -> retention.run().erased() >= 1);

        CaseApi.read(OSLO, expired).statusCode(200).body("applicant.givenName", org.hamcrest.Matchers.equalTo("erased"));
        // The same erasure as a request's: the expired case's key is destroyed, the blocked one's is not.
        assertEquals(List.of("0|1"), DatabaseScan.rows(dataSource, "SELECT (SELECT COUNT(*) FROM keystore.subject_key "
                + "WHERE subject = ?::uuid), (SELECT COUNT(*) FROM subject_key_destroyed WHERE subject = ?::uuid)",
                expired, expired));
        assertEquals(List.of("1|0"), DatabaseScan.rows(dataSource, "SELECT (SELECT COUNT(*) FROM keystore.subject_key "
                + "WHERE subject = ?::uuid), (SELECT COUNT(*) FROM subject_key_destroyed WHERE subject = ?::uuid)",
                blocked, blocked));
        EventProbe.await("avrr.case", r -> r.value().contains(request)
                && r.value().contains(ErasureRequested.RELEASED), 1, Duration.ofSeconds(20));
        CaseApi.read(OSLO, blocked).statusCode(200).body("applicant.givenName", org.hamcrest.Matchers.equalTo("Testa"));
        CaseApi.read(OSLO, recent).statusCode(200).body("applicant.givenName", org.hamcrest.Matchers.equalTo("Testa"));
        assertTrue(erasedMetric() >= before + 1, "counted");
        assertEquals(0, retention.run().erased(), "nothing more to erase");
    }
}
