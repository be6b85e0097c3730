package dev.avrr.referral;

import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.referral.counselling.ReturnConversation;
import dev.avrr.referral.intake.Referral;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.SealedValues;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each protected value is bound to its place (docs/domain.md#protection-at-rest): a sealed value copied into another
 * row of its table, by someone who can write the database but holds no key, does not open there — whether the other
 * row is the same person's (sealed with the same key) or another's — while the row it came from still reads.
 */
@QuarkusTest
class ProtectedPlacesTest {

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void aCiphertextCopiedIntoAnotherRowOfTheSamePersonDoesNotDecrypt() {
        String centre = "mottak-" + UUID.randomUUID();
        String counsellor = TestTokens.of(Roles.COUNSELLOR, centre);
        String resident = given().auth().oauth2(counsellor).contentType("application/json")
                .body("{\"givenName\":\"Testa\",\"familyName\":\"Fiktivsen\",\"dateOfBirth\":\""
                        + LocalDate.now(ZoneOffset.UTC).minusYears(16) + "\",\"sex\":\"FEMALE\",\"nationality\":\"ER\"}")
                .post("/api/v1/counselling/residents").then().statusCode(201).extract().path("id");
        String first = conversation(counsellor, resident, "Misses her aunt Fiktiva in Asmara");
        String second = conversation(counsellor, resident, "Asked about school at home");

        Map<String, String> firstNotes = DatabaseScan.backup(dataSource, "return_conversation", "id", "notes",
                "id = ?::uuid", first);
        Map<String, String> secondNotes = DatabaseScan.backup(dataSource, "return_conversation", "id", "notes",
                "id = ?::uuid", second);
        assertTrue(firstNotes.get(first).startsWith("v2:S:" + resident + ":"), "sealed with the resident's key");
        assertTrue(secondNotes.get(second).startsWith("v2:S:" + resident + ":"), "the same key");

        // The first conversation's notes written into the second's row: same key, other row, does not open.
        DatabaseScan.restore(dataSource, "return_conversation", "id", "notes", Map.of(second, firstNotes.get(first)));
        SealedValues.assertDoesNotOpen(() -> read(ReturnConversation.class, UUID.fromString(second)));
        assertEquals("Misses her aunt Fiktiva in Asmara",
                read(ReturnConversation.class, UUID.fromString(first)).notes, "the row it came from reads");

        // Put back, the second row's own value reads again.
        DatabaseScan.restore(dataSource, "return_conversation", "id", "notes", secondNotes);
        assertEquals("Asked about school at home", read(ReturnConversation.class, UUID.fromString(second)).notes);
    }

    @Test
    void aCiphertextCopiedIntoAnotherPersonsRowDoesNotDecrypt() {
        String partner = Fixtures.partner("ngo-" + UUID.randomUUID());
        String one = Fixtures.created(partner, Fixtures.norway(person("+47 400 12 001"), NORWAY_CONSENTS, false));
        String other = Fixtures.created(partner, Fixtures.norway(person("+47 400 12 002"), NORWAY_CONSENTS, false));
        Map<String, String> oneDetails = DatabaseScan.backup(dataSource, "referral", "id", "person_details",
                "id = ?::uuid", one);
        Map<String, String> otherDetails = DatabaseScan.backup(dataSource, "referral", "id", "person_details",
                "id = ?::uuid", other);
        assertTrue(oneDetails.get(one).startsWith("v2:S:" + one + ":"), "sealed with the referral's key");

        DatabaseScan.restore(dataSource, "referral", "id", "person_details", Map.of(other, oneDetails.get(one)));
        SealedValues.assertDoesNotOpen(() -> read(Referral.class, UUID.fromString(other)));
        assertEquals("+47 400 12 001", read(Referral.class, UUID.fromString(one)).details.contact().phone(),
                "the row it came from reads");

        DatabaseScan.restore(dataSource, "referral", "id", "person_details", otherDetails);
        assertEquals("+47 400 12 002", read(Referral.class, UUID.fromString(other)).details.contact().phone());
    }

    private static String conversation(String counsellor, String resident, String notes) {
        return given().auth().oauth2(counsellor).contentType("application/json")
                .body("{\"heldOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"form\":\"INFORMAL\","
                        + "\"interpreterUsed\":false,\"outcome\":\"CONSIDERING_RETURN\",\"notes\":\"" + notes + "\"}")
                .post("/api/v1/counselling/residents/" + resident + "/conversations").then().statusCode(201)
                .extract().path("id");
    }

    private static String person(String phone) {
        return """
                {"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"1990-01-01","sex":"FEMALE",
                 "nationality":"ET","countryOfReturn":"ET","contact":{"phone":"%s"}}""".formatted(phone);
    }

    private <T> T read(Class<T> type, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T found = em.find(type, id);
            em.clear();
            return found;
        });
    }
}
