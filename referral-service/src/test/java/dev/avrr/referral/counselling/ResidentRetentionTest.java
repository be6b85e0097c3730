package dev.avrr.referral.counselling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/retention.md: a reception centre's resident about whom nothing was recorded for three years is erased in
 * place — names "erased", no date of birth, the conversations' notes and interpreter's language gone, the
 * resident's key destroyed, so a backup taken before gives nothing back — while the yearly figures stay the same and
 * nothing new is recorded about them; a resident counselled recently is untouched.
 */
@QuarkusTest
class ResidentRetentionTest {

    private static final String NOTES = "Fictional: misses her aunt Glemmesdatter in Herat";

    @Inject
    ResidentRetention retention;

    @Inject
    YearlyFigures figures;

    @Inject
    DataSource dataSource;

    private static String resident(String token, String given, String family, LocalDate born) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"" + born
                        + "\",\"sex\":\"FEMALE\",\"nationality\":\"AFG\"}")
                .post("/api/v1/counselling/residents").then().statusCode(201).extract().path("id");
    }

    private static void conversation(String token, String resident, LocalDate heldOn, int status) {
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"heldOn\":\"" + heldOn + "\",\"form\":\"INFORMAL\",\"interpreterUsed\":true,"
                        + "\"interpreterLanguage\":\"prs\",\"outcome\":\"CONSIDERING_RETURN\",\"notes\":\"" + NOTES
                        + "\"}")
                .post("/api/v1/counselling/residents/" + resident + "/conversations").then().statusCode(status);
    }

    @Test
    void aResidentNotCounselledForThreeYearsIsErasedAndTheFiguresStayTheSame() throws SQLException {
        String centre = "mottak-" + UUID.randomUUID();
        String token = TestTokens.of(Roles.COUNSELLOR, centre);
        LocalDate heldOn = LocalDate.now().minusYears(4);
        String old = resident(token, "Arkivaria", "Glemmesdatter", LocalDate.now().minusYears(19));
        conversation(token, old, heldOn, 201);
        String recent = resident(token, "Nylina", "Ferskdatter", LocalDate.now().minusYears(16));
        conversation(token, recent, LocalDate.now().minusDays(3), 201);
        // As if registered and counselled four years ago.
        try (Connection c = PostgresTestResource.asOwner(dataSource)) {
            update(c, "UPDATE resident SET registered_at = now() - INTERVAL '4 years' WHERE id = ?::uuid", old);
            update(c, "UPDATE return_conversation SET recorded_at = now() - INTERVAL '4 years' "
                    + "WHERE resident_id = ?::uuid", old);
        }
        Map<String, long[]> before = figures.counts(heldOn.getYear(), centre);
        assertEquals(1, before.get(centre)[YearlyFigures.CONVERSATIONS], "held with a minor (15 then)");
        Map<String, String> notesBefore = DatabaseScan.backup(dataSource, "return_conversation", "id", "notes",
                "resident_id = ?::uuid", old);

        assertTrue(retention.run() >= 1);

        given().auth().oauth2(token).get("/api/v1/counselling/residents/" + old).then().statusCode(200)
                .body("givenName", equalTo("erased")).body("familyName", equalTo("erased"))
                .body("dateOfBirth", nullValue()).body("nationality", equalTo("AF"));
        given().auth().oauth2(token).get("/api/v1/counselling/residents/" + old + "/conversations").then()
                .statusCode(200).body("[0].notes", nullValue()).body("[0].interpreterLanguage", nullValue())
                .body("[0].heldOn", equalTo(heldOn.toString())).body("[0].outcome", equalTo("CONSIDERING_RETURN"));
        assertEquals(List.of(), DatabaseScan.valuesInClear(dataSource, List.of("Arkivaria", "Glemmesdatter")));
        assertEquals(List.of("0"), DatabaseScan.rows(dataSource,
                "SELECT count(*) FROM keystore.subject_key WHERE subject = ?::uuid", old), "the resident's key is gone");
        assertEquals(List.of("1"), DatabaseScan.rows(dataSource,
                "SELECT count(*) FROM subject_key_destroyed WHERE subject = ?::uuid", old));
        assertArrayEquals(before.get(centre), figures.counts(heldOn.getYear(), centre).get(centre),
                "the yearly figures are the same");

        // A backup of the notes taken before gives nothing back.
        DatabaseScan.restore(dataSource, "return_conversation", "id", "notes", notesBefore);
        given().auth().oauth2(token).get("/api/v1/counselling/residents/" + old + "/conversations").then()
                .statusCode(200).body("[0].notes", nullValue());

        // Nothing new is recorded about an erased resident; the recent one is as it was.
        conversation(token, old, LocalDate.now(), 409);
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"TRAVELLED\",\"occurredOn\":\"" + LocalDate.now() + "\"}")
                .post("/api/v1/counselling/residents/" + old + "/outcomes").then().statusCode(409)
                .body("guard", equalTo("erased"));
        given().auth().oauth2(token).contentType("application/json")
                .body("{\"kind\":\"UNE_REJECTION\",\"decidedOn\":\"" + LocalDate.now() + "\"}")
                .post("/api/v1/counselling/residents/" + old + "/triggers").then().statusCode(409)
                .body("guard", equalTo("erased"));
        given().auth().oauth2(token).get("/api/v1/counselling/residents/" + recent).then().statusCode(200)
                .body("givenName", equalTo("Nylina"));
        given().auth().oauth2(token).get("/api/v1/counselling/residents/" + recent + "/conversations").then()
                .body("[0].notes", equalTo(NOTES));
        assertEquals(0, retention.run(), "a second run erases nothing more");
    }

    private static void update(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            assertTrue(ps.executeUpdate() >= 1);
        }
    }
}
