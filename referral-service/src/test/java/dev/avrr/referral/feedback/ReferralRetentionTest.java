package dev.avrr.referral.feedback;

import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.post;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.referral.Fixtures;
import dev.avrr.referral.intake.Referrals;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.vocabulary.events.CaseRegistered;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * docs/retention.md: a referral declined or withdrawn a year ago that never became a case has its person erased in
 * place, as a released erasure erases them — nothing of them left in the database or the API, the referral's course
 * kept, the yearly figures the same, the referral's key destroyed — audited as the system's update and counted; a
 * referral declined recently, one accepted long ago and one declined long ago that became a case are untouched; a
 * second run erases nothing more.
 */
@QuarkusTest
class ReferralRetentionTest {

    private static final Pattern REMOVED = Pattern.compile(
            "avrr_retention_removed_total\\{[^}]*class=\"declined-or-withdrawn-referrals\"[^}]*} ([0-9.E]+)");

    /** A fictional person, every value of them distinctive. */
    private record Someone(String givenName, String familyName, String phone, String identityNumber) {

        String email() {
            return (givenName + "." + familyName).toLowerCase(Locale.ROOT) + "@example.org";
        }

        String address() {
            return familyName + "veien 7, Bergen (fictional)";
        }

        String child() {
            return givenName + "ette";
        }

        String notes() {
            return "Owes money to a lender called " + familyName + "sen (fictional)";
        }

        String reason() {
            return "Wants to open a shop like the " + familyName + " family's (fictional)";
        }

        String declineNote() {
            return "The " + familyName + " household is outside the programme (fictional)";
        }

        List<String> values() {
            return List.of(givenName, familyName, phone, identityNumber, email(), address(), child(), notes(),
                    reason(), declineNote());
        }

        /** A submitted Norwegian referral of this person, with their vulnerability. */
        String referral() {
            String person = """
                    {"givenName":"%s","familyName":"%s","dateOfBirth":"1984-09-21","sex":"MALE",
                     "nationality":"NG","countryOfReturn":"NG","languages":["yo","en"],"interpreterNeeded":true,
                     "contact":{"phone":"%s","email":"%s","address":"%s"},
                     "identifiers":[{"type":"FODSELSNUMMER","value":"%s"}],
                     "household":[{"givenName":"%s","familyName":"%s","dateOfBirth":"2015-01-09","relation":"CHILD",
                      "sex":"FEMALE"}]}""".formatted(givenName, familyName, phone, email(), address(), identityNumber,
                    child(), familyName);
            String body = Fixtures.norway(person, NORWAY_CONSENTS, true);
            return body.substring(0, body.length() - 1) + ",\"vulnerability\":{\"categories\":[\"MEDICAL_NEEDS\"],"
                    + "\"referralReason\":\"" + reason() + "\",\"notes\":\"" + notes() + "\"}}";
        }
    }

    private static final Someone DECLINED_LONG_AGO = new Someone("Obsoletus", "Avslagsrud", "+47 400 11 901",
            "21098410144");
    private static final Someone WITHDRAWN_LONG_AGO = new Someone("Vetustina", "Trukketvedt", "+47 400 11 902",
            "21098410810");
    private static final Someone DECLINED_RECENTLY = new Someone("Recentius", "Ferskeland", "+47 400 11 903",
            "21098411523");
    private static final Someone ACCEPTED_LONG_AGO = new Someone("Acceptor", "Godtattmoen", "+47 400 11 904",
            "21098412236");
    private static final Someone A_CASE_LONG_AGO = new Someone("Casimir", "Sakstadvik", "+47 400 11 905",
            "21098412902");

    @Inject
    ReferralRetention retention;

    @Inject
    Events events;

    @Inject
    DataSource dataSource;

    private static String declined(String partner, Someone someone) {
        String id = Fixtures.created(partner, someone.referral());
        post(IOM_OSLO, id + "/decline", "{\"reasonCode\":\"OUTSIDE_PROGRAMME_SCOPE\",\"note\":\""
                + someone.declineNote() + "\"}").statusCode(200).body("status", equalTo("DECLINED"));
        return id;
    }

    private static String withdrawn(String partner, Someone someone) {
        String id = Fixtures.created(partner, someone.referral());
        post(partner, id + "/withdrawal").statusCode(200).body("status", equalTo("WITHDRAWN"));
        return id;
    }

    private static String accepted(String partner, Someone someone) {
        String id = Fixtures.created(partner, someone.referral());
        post(IOM_OSLO, id + "/acceptance").statusCode(200).body("status", equalTo("ACCEPTED"));
        return id;
    }

    /** Moves the referral's last change of status back, as the database's owner. */
    private void statusChanged(String id, String ago) {
        try (Connection c = PostgresTestResource.asOwner(dataSource); PreparedStatement ps = c.prepareStatement(
                "UPDATE referral SET status_changed_at = now() - CAST(? AS INTERVAL) WHERE id = ?")) {
            ps.setString(1, ago);
            ps.setObject(2, UUID.fromString(id));
            assertEquals(1, ps.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> rows(String sql, Object... parameters) {
        return DatabaseScan.rows(dataSource, sql, parameters);
    }

    private List<String> foundInDatabase(List<String> values) {
        return DatabaseScan.valuesInClear(dataSource, values);
    }

    /** Everything stored on the referral, raw (ciphertext as it is): a rewrite of any of it shows. */
    private List<String> stored(String id) {
        UUID referralId = UUID.fromString(id);
        List<String> all = new ArrayList<>();
        all.addAll(rows("SELECT r::text FROM referral r WHERE id = ?", referralId));
        all.addAll(rows("SELECT c::text FROM referral_consent c WHERE referral_id = ? ORDER BY id", referralId));
        all.addAll(rows("SELECT s::text FROM referral_step s WHERE referral_id = ? ORDER BY id", referralId));
        return all;
    }

    /** The actors of the updates of the referral in the audit trail. */
    private List<String> updatedBy(String id) {
        return rows("SELECT actor FROM audit_entry WHERE action = 'update' AND resource_type = ? AND resource_id = ? "
                + "ORDER BY id", Referrals.RESOURCE, id);
    }

    private static double removedMetric() {
        Matcher m = REMOVED.matcher(given().get("/q/metrics").asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aYearAfterADeclineOrWithdrawalThePersonIsErasedUnlessTheReferralBecameACase() {
        String partner = Fixtures.partner("krisesenter-" + UUID.randomUUID());
        String declinedLongAgo = declined(partner, DECLINED_LONG_AGO);
        String withdrawnLongAgo = withdrawn(partner, WITHDRAWN_LONG_AGO);
        String declinedRecently = declined(partner, DECLINED_RECENTLY);
        String acceptedLongAgo = accepted(partner, ACCEPTED_LONG_AGO);
        String aCaseLongAgo = declined(partner, A_CASE_LONG_AGO);
        UUID caseId = UUID.randomUUID();
        EventEnvelope registered = events.create(CaseRegistered.TYPE, caseId.toString(), new CaseRegistered(caseId,
                UUID.fromString(aCaseLongAgo), "iom-oslo", "NG", OffsetDateTime.now(ZoneOffset.UTC), "NO"));
        EventProbe.send(EventTypes.topicOf(registered.type()), caseId.toString(), events.toJson(registered));
        await().atMost(Duration.ofSeconds(30)).until(() -> rows("SELECT count(*) FROM case_link WHERE referral_id = ?",
                UUID.fromString(aCaseLongAgo)).equals(List.of("1")));
        statusChanged(declinedLongAgo, "400 days");
        statusChanged(withdrawnLongAgo, "400 days");
        statusChanged(declinedRecently, "10 days");
        statusChanged(acceptedLongAgo, "400 days");
        statusChanged(aCaseLongAgo, "400 days");

        String centre = ReferralErasureTest.centreWithFigures();
        String centreFigures = ReferralErasureTest.figures(centre);
        String allFigures = ReferralErasureTest.figures(null);
        List<String> erasedValues = new ArrayList<>(DECLINED_LONG_AGO.values());
        erasedValues.addAll(WITHDRAWN_LONG_AGO.values());
        List<String> inClear = foundInDatabase(erasedValues);
        // Sealed at rest: the names and the decline's note are nowhere in clear even before the erasure.
        assertTrue(inClear.stream().noneMatch(v -> v.startsWith("referral.")), inClear.toString());
        List<String> untouched = List.of(declinedRecently, acceptedLongAgo, aCaseLongAgo);
        List<List<String>> untouchedBefore = untouched.stream().map(this::stored).toList();
        String declinedHistory = get(IOM_OSLO, declinedLongAgo + "/history").statusCode(200).extract().asString();
        double before = removedMetric();

        int erased = retention.run();

        // The two past their period: nothing of the person in clear anywhere in the database, nor in the API.
        assertEquals(2, erased, "the declined and the withdrawn referral a year ago");
        assertEquals(2, removedMetric() - before, "counted");
        assertEquals(List.of(), foundInDatabase(erasedValues));
        for (String id : List.of(declinedLongAgo, withdrawnLongAgo)) {
            String read = get(IOM_OSLO, id).statusCode(200).body("erasedAt", notNullValue())
                    .body("person.givenName", equalTo(ReferralErasure.ERASED))
                    .body("person.familyName", equalTo(ReferralErasure.ERASED))
                    .body("person.dateOfBirth", nullValue()).body("person.contact", nullValue())
                    .body("person.identifiers.size()", equalTo(0)).body("person.household.size()", equalTo(0))
                    .body("person.languages.size()", equalTo(0)).body("person.nationality", equalTo("NG"))
                    .body("vulnerability.categories", equalTo(List.of("MEDICAL_NEEDS")))
                    .body("vulnerability.notes", nullValue()).body("vulnerability.referralReason", nullValue())
                    .extract().asString()
                    + get(IOM_OSLO, id + "/consents").statusCode(200).extract().asString()
                    + get(IOM_OSLO, id + "/history").statusCode(200).extract().asString();
            for (String value : erasedValues) {
                assertFalse(read.contains(value), "the API still shows " + value);
            }
            assertEquals(List.of("t"), rows("SELECT erased_at IS NOT NULL FROM referral WHERE id = ?",
                    UUID.fromString(id)));
            assertTrue(updatedBy(id).contains("system"), "audited as the system's update");
            // The referral's key is destroyed: a backup of what it sealed no longer opens. The codes kept were
            // rewritten first, sealed with the service's key.
            assertEquals(List.of("0"), rows("SELECT count(*) FROM keystore.subject_key WHERE subject = ?",
                    UUID.fromString(id)));
            assertEquals(List.of("1"), rows("SELECT count(*) FROM subject_key_destroyed WHERE subject = ?",
                    UUID.fromString(id)));
            assertTrue(rows("SELECT vulnerability FROM referral WHERE id = ?", UUID.fromString(id)).get(0)
                    .startsWith("v2:K:"), "the vulnerability's codes, sealed with the service's key");
        }
        get(IOM_OSLO, declinedLongAgo).body("status", equalTo("DECLINED"))
                .body("declineReason.code", equalTo("OUTSIDE_PROGRAMME_SCOPE")).body("declineNote", nullValue());
        get(IOM_OSLO, withdrawnLongAgo).body("status", equalTo("WITHDRAWN"));
        assertEquals(declinedHistory, get(IOM_OSLO, declinedLongAgo + "/history").statusCode(200).extract()
                .asString(), "the steps stay as they were");

        // Declined too recently, accepted, or become a case: untouched.
        assertEquals(untouchedBefore, untouched.stream().map(this::stored).toList(), "untouched");
        for (String id : untouched) {
            get(IOM_OSLO, id).statusCode(200).body("erasedAt", nullValue());
            assertFalse(updatedBy(id).contains("system"), "not erased");
            assertEquals(List.of("1"), rows("SELECT count(*) FROM keystore.subject_key WHERE subject = ?",
                    UUID.fromString(id)), "its key kept");
        }
        get(IOM_OSLO, declinedRecently).body("person.familyName", equalTo(DECLINED_RECENTLY.familyName()));
        get(IOM_OSLO, acceptedLongAgo).body("person.familyName", equalTo(ACCEPTED_LONG_AGO.familyName()));
        get(IOM_OSLO, aCaseLongAgo).body("person.familyName", equalTo(A_CASE_LONG_AGO.familyName()));

        // The yearly figures as they were.
        assertEquals(centreFigures, ReferralErasureTest.figures(centre));
        assertEquals(allFigures, ReferralErasureTest.figures(null));
        assertTrue(JsonPath.from(centreFigures).getList("centres.centre").contains(centre), centreFigures);

        // A second run erases nothing more.
        List<String> erasedStored = List.of(declinedLongAgo, withdrawnLongAgo).stream().map(this::stored)
                .flatMap(List::stream).toList();
        assertEquals(0, retention.run());
        assertEquals(2, removedMetric() - before, "nothing more counted");
        assertEquals(erasedStored, List.of(declinedLongAgo, withdrawnLongAgo).stream().map(this::stored)
                .flatMap(List::stream).toList(), "nothing more changed");
    }
}
