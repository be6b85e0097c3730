package dev.avrr.monitoring.subjectrights;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.scores.SurveyBodies;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The person's right to erasure (docs/data-protection.md#erasure-and-retention), through the real broker: an
 * unresolved protection alert stands in the way of the check, which changes nothing; once released, the returnee's
 * notes, the alert's details and notes, the feedback's words and the languages are gone from the database and from
 * every view, while the statistics count exactly as before, the audit trail is as it was and the published copies of
 * the case's events are removed; a second erasure changes nothing, and a later access request says erased.
 */
@QuarkusTest
class MonitoringErasureTest {

    private static final String COUNTRY = "ML";
    private static final LocalDate ARRIVAL = LocalDate.of(2017, 8, 7);
    private static final String PERIOD = "2017-08";
    private static final String AUDITOR = TestTokens.of(Roles.AUDITOR, "iom-audit");

    private static final String NOTES = "Fatoumata Fiktiva dreams of the river at Segou-Fiktiv; sleeps at aunt "
            + "Kadiatou's (fictional)";
    private static final String DETAILS = "A man called Bakary Fiktivo waits outside the Zanfara tailor shop "
            + "(fictional)";
    private static final String RESOLUTION = "Moved to the shelter Soeurs-Fictives in Kayes-Fiktiv (fictional)";
    private static final String FEEDBACK = "The grant bought a sewing machine named Mariam-Fiktiv; dresses sell at "
            + "the Kayes-Fiktiv market (fictional)";
    private static final String SUMMARY = "The sewing machine Mariam-Fiktiv works and the dresses sell (fictional)";
    /** What the database must not hold, in any column, after the erasure. */
    private static final List<String> VALUES = List.of(NOTES, DETAILS, RESOLUTION, FEEDBACK, SUMMARY, "Fatoumata",
            "Fiktiva", "Segou-Fiktiv", "Kadiatou", "Bakary", "Zanfara", "Soeurs-Fictives", "Mariam-Fiktiv",
            "Kayes-Fiktiv");

    @Inject
    Events events;

    @Inject
    DataSource dataSource;

    @Test
    void anOpenAlertStandsInTheWayAndTheReleasedErasureLeavesTheStatisticsAsTheyWere() throws SQLException {
        long auditFrom = maxAuditId();
        Returns returns = new Returns(events);
        String mission = Returns.mission(COUNTRY);
        String office = Returns.caseworker(Returns.IOM_OSLO);
        // A cohort of five (so that its figures are shown, not suppressed): each reached on time, an alert each,
        // a follow-up survey each. The person who asks for the erasure is the first.
        List<UUID> cohort = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cohort.add(returns.returned(Programme.VULNERABLE_GROUPS, COUNTRY, ARRIVAL));
        }
        UUID caseId = cohort.get(0);
        UUID referralId = UUID.fromString(Returns.read(office, caseId).statusCode(200).extract().path("referralId"));
        for (UUID other : cohort.subList(1, 5)) {
            Returns.contact(mission, other, Returns.reachedOn(ARRIVAL.plusDays(2))
                    .replace("}", ",\"alerts\":[{\"kind\":\"RE_TRAFFICKING_RISK\"}]}")).statusCode(201);
        }
        String contactId = Returns.contact(mission, caseId, """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"DELAYED",
                 "grantUse":"AS_PLANNED","wellbeingNotes":"%s"}""".formatted(ARRIVAL.plusDays(2), NOTES))
                .statusCode(201).extract().path("id");
        String alertId = given().auth().oauth2(mission).contentType("application/json").body("""
                {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"FAMILY","details":"%s"}"""
                .formatted(DETAILS)).post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(201)
                .extract().path("id");
        for (UUID returnee : cohort) {
            given().auth().oauth2(mission).contentType("application/json")
                    .body(SurveyBodies.survey("FOLLOW_UP", ARRIVAL.plusMonths(3), 4, 4, 4))
                    .post("/api/v1/monitoring/cases/" + returnee + "/surveys").then().statusCode(201);
        }
        String feedbackId = given().auth().oauth2(mission).contentType("application/json").body("""
                {"receivedOn":"%s","language":"bm","text":"%s","consentToForward":true,
                 "shareWithPartners":["REFERRER"],"summaryForPartners":"%s"}""".formatted(ARRIVAL.plusMonths(3),
                FEEDBACK, SUMMARY)).post("/api/v1/monitoring/cases/" + caseId + "/feedback").then().statusCode(201)
                .extract().path("id");

        Map<String, String> statisticsBefore = statistics();
        assertEquals("5", JsonPath.from(statisticsBefore.get("COUNTRY")).getString("groups[0].returnsMonitored"),
                statisticsBefore.get("COUNTRY"));
        assertEquals("5", JsonPath.from(statisticsBefore.get("COUNTRY"))
                .getString("groups[0].alertsByKind.RE_TRAFFICKING_RISK"));
        assertEquals("5", JsonPath.from(statisticsBefore.get("COUNTRY"))
                .getString("groups[0].latestScores.composite['0.6-0.8']"));
        assertEquals("5", JsonPath.from(statisticsBefore.get("COUNTRY")).getString("groups[0].followUps.onTime"));

        // The check: the alert is open, then acknowledged — it stands in the way either way — and nothing changes.
        List<String> held = rowsOf(caseId);
        assertEquals(List.of(ErasureAnswered.OPEN_PROTECTION_ALERT), check(caseId, referralId).blockers());
        assertEquals(held, rowsOf(caseId), "the check changes nothing");
        given().auth().oauth2(office).post("/api/v1/monitoring/alerts/" + alertId + "/acknowledgement").then()
                .statusCode(200);
        assertEquals(List.of(ErasureAnswered.OPEN_PROTECTION_ALERT), check(caseId, referralId).blockers());
        given().auth().oauth2(office).contentType("application/json").body("{\"note\":\"" + RESOLUTION + "\"}")
                .post("/api/v1/monitoring/alerts/" + alertId + "/resolution").then().statusCode(200);
        held = rowsOf(caseId);
        ErasureAnswered checked = check(caseId, referralId);
        assertEquals(List.of(), checked.blockers(), "a resolved alert stands in no one's way");
        assertEquals(0, checked.erased());
        assertEquals(held, rowsOf(caseId), "the check changes nothing");

        // The copies of the case's events are published before the release, so that the erasure finds them.
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM outbox_event WHERE record_key "
                + "= ? AND published_at IS NULL", caseId.toString()) == 0);
        assertTrue(count("SELECT COUNT(*) FROM outbox_event WHERE record_key = ? AND event_type <> ?",
                caseId.toString(), ErasureAnswered.MONITORING) > 0, "milestones, notices and the shared words");
        List<String> audited = auditFrom(auditFrom);
        // A backup taken now: the person's words, sealed with the keys of the case and of the alert.
        Map<String, Map<String, String>> backup = new TreeMap<>(Map.of(
                "monitoring_contact.wellbeing_notes", DatabaseScan.backup(dataSource, "monitoring_contact", "id",
                        "wellbeing_notes", "case_id = ?::uuid", caseId.toString()),
                "protection_alert.details", DatabaseScan.backup(dataSource, "protection_alert", "id", "details",
                        "case_id = ?::uuid", caseId.toString()),
                "protection_alert_step.note", DatabaseScan.backup(dataSource, "protection_alert_step", "id", "note",
                        "alert_id = ?::uuid", alertId),
                "returnee_feedback.text", DatabaseScan.backup(dataSource, "returnee_feedback", "id", "text",
                        "case_id = ?::uuid", caseId.toString())));
        backup.forEach((column, values) -> {
            assertFalse(values.isEmpty(), column);
            assertTrue(values.values().stream().allMatch(v -> v.startsWith("v2:S:")), column + ": " + values);
        });

        ErasureAnswered erased = release(caseId, referralId);
        assertTrue(erased.erased() > 0, "records erased: " + erased.erased());

        // Nothing of the values is left in the database, in any column of any table...
        for (String value : VALUES) {
            assertEquals(List.of(), columnsHolding(value), "the database holds " + value);
        }
        // ...and the protected columns are overwritten, not left as ciphertext.
        assertEquals(0, count("SELECT COUNT(*) FROM monitoring_contact WHERE case_id = ?::uuid AND wellbeing_notes "
                + "IS NOT NULL", caseId.toString()));
        assertEquals(0, count("SELECT COUNT(*) FROM protection_alert WHERE case_id = ?::uuid AND details IS NOT NULL",
                caseId.toString()));
        assertEquals(0, count("SELECT COUNT(*) FROM protection_alert_step s JOIN protection_alert a ON a.id = "
                + "s.alert_id WHERE a.case_id = ?::uuid AND s.note IS NOT NULL", caseId.toString()));
        assertEquals(0, count("SELECT COUNT(*) FROM monitoring_consent WHERE case_id = ?::uuid AND language <> 'und'",
                caseId.toString()));
        assertEquals(0, count("SELECT COUNT(*) FROM monitored_case WHERE case_id = ?::uuid AND (erased_at IS NULL "
                + "OR household_size IS NOT NULL)", caseId.toString()));

        // What staff read through the API: the codes, dates and scores, none of the words.
        JsonPath returnee = Returns.read(mission, caseId).statusCode(200).extract().jsonPath();
        assertTrue(returnee.getString("erasedAt") != null, "the view says when it was erased");
        assertEquals("VULNERABLE_GROUPS", returnee.getString("programme"));
        assertEquals("ADULT", returnee.getString("category"));
        assertEquals(ARRIVAL.toString(), returnee.getString("arrivalDate"));
        assertNull(returnee.get("householdSize"));
        JsonPath contacts = given().auth().oauth2(mission).get("/api/v1/monitoring/cases/" + caseId + "/contacts")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(contactId, contacts.getString("items[0].id"));
        assertNull(contacts.get("items[0].wellbeingNotes"));
        assertEquals("DELAYED", contacts.getString("items[0].planProgress"));
        JsonPath alert = given().auth().oauth2(office).get("/api/v1/monitoring/alerts/" + alertId).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("RE_TRAFFICKING_RISK", alert.getString("kind"), "the kind the statistics count");
        assertEquals("RESOLVED", alert.getString("status"));
        assertNull(alert.get("details"));
        assertEquals(List.of("RAISED", "ACKNOWLEDGED", "RESOLVED"), alert.getList("steps.step"));
        assertTrue(alert.getList("steps.note").stream().allMatch(n -> n == null), alert.prettify());
        JsonPath feedback = given().auth().oauth2(mission).get("/api/v1/monitoring/feedback/" + feedbackId).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(MonitoringErasure.ERASED, feedback.getString("text"));
        assertEquals(MonitoringErasure.NO_LANGUAGE, feedback.getString("language"));
        assertEquals("FORWARDED", feedback.getString("status"));
        List<String> languages = given().auth().oauth2(mission).get("/api/v1/monitoring/cases/" + caseId
                + "/consents").then().statusCode(200).extract().jsonPath().getList("language");
        assertFalse(languages.isEmpty());
        assertTrue(languages.stream().allMatch(MonitoringErasure.NO_LANGUAGE::equals), languages.toString());
        String answers = given().auth().oauth2(mission).get("/api/v1/monitoring/cases/" + caseId + "/surveys").then()
                .statusCode(200).extract().asString();
        assertTrue(answers.contains("FOLLOW_UP"), answers);

        // Every statistic is as before; the audit trail is as it was (and only grew); the published copies of the
        // case's events are gone: only the erasure's own answer is left, keyed by the case.
        assertEquals(statisticsBefore, statistics());
        List<String> auditedAfter = auditFrom(auditFrom);
        assertTrue(auditedAfter.size() > audited.size());
        assertEquals(audited, auditedAfter.subList(0, audited.size()), "no entry changed or removed");
        assertEquals(List.of(ErasureAnswered.MONITORING), strings("SELECT DISTINCT event_type FROM outbox_event "
                + "WHERE record_key = ? AND payload IS NOT NULL", caseId.toString()));
        // The retraction of the case's event key (a tombstone on the key topic) goes out with the erasure: the
        // broker's copies of the case's events, sealed with it, no longer open anywhere.
        assertEquals(List.of("avrr.monitoring.keys"), strings("SELECT topic FROM outbox_event WHERE record_key = ? "
                + "AND payload IS NULL", caseId.toString()));
        // What stays under the case's key are the service's answers to the erasure (ids only), this one's among them.
        List<String> keptAnswers = strings("SELECT payload FROM outbox_event WHERE record_key = ? AND payload IS NOT "
                + "NULL", caseId.toString());
        assertTrue(keptAnswers.stream().allMatch(a -> a.contains("\"type\":\"" + ErasureAnswered.MONITORING + "\"")),
                "only the answers to the erasure");
        assertTrue(keptAnswers.stream().anyMatch(a -> a.contains("\"stage\":\"ERASED\"")), "the answer of this erasure");

        // A second erasure changes nothing more.
        List<String> erasedRows = rowsOf(caseId);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM outbox_event WHERE record_key "
                + "= ? AND published_at IS NULL", caseId.toString()) == 0);
        assertEquals(0, release(caseId, referralId).erased());
        assertEquals(erasedRows, rowsOf(caseId));
        assertEquals(statisticsBefore, statistics());

        // A later access request is told that the person's data were erased here, and when.
        UUID requestId = UUID.randomUUID();
        returns.send(caseId, AccessRequested.TYPE, new AccessRequested(requestId, caseId, referralId,
                OffsetDateTime.now()));
        EventEnvelope part = events.parse(EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString()
                .equals(r.key()) && r.value().contains(AccessPartAssembled.MONITORING)
                && r.value().contains(requestId.toString()), 1, Duration.ofSeconds(30)).get(0).value());
        JsonNode data = events.requiredPersonal(part, AccessPartAssembled.Part.class).data();
        assertTrue(data.path("erased").asBoolean(), data.toString());
        assertEquals(OffsetDateTime.parse(returnee.getString("erasedAt")).toInstant(),
                OffsetDateTime.parse(data.path("erasedAt").asText()).toInstant());
        assertTrue(data.path("contacts").isMissingNode(), "no data beside the marker: " + data);

        // Nothing new is recorded about her (409, naming why): no contact, no alert, no survey, no step on her alert.
        Returns.contact(mission, caseId, Returns.reachedOn(ARRIVAL.plusMonths(4))).statusCode(409)
                .body("guard", equalTo("erased"));
        given().auth().oauth2(mission).contentType("application/json").body("""
                {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"FAMILY"}""")
                .post("/api/v1/monitoring/cases/" + caseId + "/alerts").then().statusCode(409)
                .body("guard", equalTo("erased"));
        given().auth().oauth2(mission).contentType("application/json")
                .body(SurveyBodies.survey("FOLLOW_UP", ARRIVAL.plusMonths(6), 4, 4, 4))
                .post("/api/v1/monitoring/cases/" + caseId + "/surveys").then().statusCode(409)
                .body("guard", equalTo("erased"));
        assertEquals(statisticsBefore, statistics());

        // The keys of the case and of its alert are destroyed, in this service's key store...
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM keystore.subject_key WHERE "
                + "subject IN (?::uuid, ?::uuid)", caseId.toString(), alertId));
        assertEquals(List.of("2"), DatabaseScan.rows(dataSource, "SELECT COUNT(*) FROM subject_key_destroyed WHERE "
                + "subject IN (?::uuid, ?::uuid)", caseId.toString(), alertId));
        // ...so the backup taken before the erasure, restored, gives none of the words back: what it holds no longer
        // opens, and reads as absent. The statistics stay as they were.
        backup.forEach((column, values) -> {
            String[] tc = column.split("\\.");
            DatabaseScan.restore(dataSource, tc[0], "id", tc[1], values);
        });
        assertNull(given().auth().oauth2(mission).get("/api/v1/monitoring/cases/" + caseId + "/contacts").then()
                .statusCode(200).extract().path("items[0].wellbeingNotes"));
        JsonPath restored = given().auth().oauth2(office).get("/api/v1/monitoring/alerts/" + alertId).then()
                .statusCode(200).extract().jsonPath();
        assertNull(restored.get("details"));
        assertTrue(restored.getList("steps.note").stream().allMatch(n -> n == null), restored.prettify());
        assertEquals("RE_TRAFFICKING_RISK", restored.getString("kind"));
        assertNull(given().auth().oauth2(mission).get("/api/v1/monitoring/feedback/" + feedbackId).then()
                .statusCode(200).extract().path("text"));
        assertEquals(statisticsBefore, statistics());
    }

    @Test
    void aCaseMonitoringNeverHeldIsCheckedWithoutBlockersAndErasedWithNothing() {
        UUID caseId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();

        ErasureAnswered checked = check(caseId, referralId);
        assertEquals(List.of(), checked.blockers());
        assertEquals(0, checked.erased());
        assertEquals(0, count("SELECT COUNT(*) FROM monitored_case WHERE case_id = ?::uuid", caseId.toString()));

        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT COUNT(*) FROM outbox_event WHERE record_key "
                + "= ? AND published_at IS NULL", caseId.toString()) == 0);
        assertEquals(0, release(caseId, null).erased(), "a case registered directly, never held here");
        assertEquals(0, count("SELECT COUNT(*) FROM monitored_case WHERE case_id = ?::uuid", caseId.toString()));
    }

    /** Sends the erasure request as case-service does and waits for monitoring's answer of stage CHECKED. */
    private ErasureAnswered check(UUID caseId, UUID referralId) {
        return answer(caseId, referralId, ErasureRequested.REQUESTED, ErasureAnswered.CHECKED);
    }

    /** Sends the release as case-service does and waits for monitoring's answer of stage ERASED. */
    private ErasureAnswered release(UUID caseId, UUID referralId) {
        return answer(caseId, referralId, ErasureRequested.RELEASED, ErasureAnswered.ERASED);
    }

    private ErasureAnswered answer(UUID caseId, UUID referralId, String type, String stage) {
        UUID requestId = UUID.randomUUID();
        new Returns(events).send(caseId, type, new ErasureRequested(requestId, caseId, referralId,
                OffsetDateTime.now()));
        var found = EventProbe.await(EventTypes.MONITORING_TOPIC, r -> caseId.toString().equals(r.key())
                && r.value().contains(ErasureAnswered.MONITORING) && r.value().contains(requestId.toString()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, found.size(), "one answer per step");
        ErasureAnswered answer = events.data(events.parse(found.get(0).value()), ErasureAnswered.class);
        assertEquals(requestId, answer.requestId());
        assertEquals(caseId, answer.caseId());
        assertEquals(referralId, answer.referralId());
        assertEquals(stage, answer.stage());
        return answer;
    }

    /** The cohort's statistics, broken down each way, as an auditor reads them. */
    private static Map<String, String> statistics() {
        Map<String, String> shown = new TreeMap<>();
        for (String groupBy : List.of("COUNTRY", "PROGRAMME", "CATEGORY")) {
            shown.put(groupBy, given().auth().oauth2(AUDITOR).queryParam("period", PERIOD)
                    .queryParam("groupBy", groupBy).queryParam("countryOfReturn", COUNTRY)
                    .get("/api/v1/monitoring/statistics").then().statusCode(200).extract().asString());
        }
        return shown;
    }

    /**
     * Every row of the person's records, as PostgreSQL holds it (the plan's items and the notifications, which the
     * hourly overdue job may change meanwhile, left out).
     */
    private List<String> rowsOf(UUID caseId) {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("monitored_case", "monitoring_contact", "protection_alert",
                "sustainability_survey", "returnee_feedback", "monitoring_consent")) {
            rows.addAll(strings("SELECT t::text FROM " + table + " t WHERE t.case_id = ?::uuid ORDER BY 1",
                    caseId.toString()));
        }
        rows.addAll(strings("SELECT s::text FROM protection_alert_step s JOIN protection_alert a ON a.id = s.alert_id "
                + "WHERE a.case_id = ?::uuid ORDER BY s.id", caseId.toString()));
        return rows;
    }

    /** The columns (table.column) of any table that hold the value, read as the owner of the database. */
    private List<String> columnsHolding(String value) {
        List<String> holding = new ArrayList<>();
        try (Connection c = PostgresTestResource.asOwner(dataSource)) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name, column_name FROM "
                    + "information_schema.columns WHERE table_schema = 'public' AND data_type IN ('text', "
                    + "'character varying', 'character', 'json', 'jsonb')");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
            assertTrue(columns.size() > 20, "every text column: " + columns.size());
            for (String[] column : columns) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE \""
                        + column[1] + "\"::text LIKE ?")) {
                    ps.setString(1, "%" + value + "%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            holding.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return holding;
    }

    private long maxAuditId() {
        return count("SELECT COALESCE(MAX(id), 0) FROM audit_entry");
    }

    /** The audit trail's entries after {@code id}, whole, in order. */
    private List<String> auditFrom(long id) {
        List<String> entries = strings("SELECT a::text FROM audit_entry a WHERE a.id > ?::bigint ORDER BY a.id",
                Long.toString(id));
        assertNotEquals(0, entries.size());
        return entries;
    }

    private long count(String sql, String... parameters) {
        return Long.parseLong(strings(sql, parameters).get(0));
    }

    private List<String> strings(String sql, String... parameters) {
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
