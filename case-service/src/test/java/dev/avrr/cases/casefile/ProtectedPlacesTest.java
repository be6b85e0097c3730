package dev.avrr.cases.casefile;

import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.PersonalDataCipher;
import dev.avrr.platform.protection.AtRestCipher;
import dev.avrr.platform.protection.KeyRotation;
import dev.avrr.platform.protection.ProtectedColumns;
import dev.avrr.platform.protection.Resealing;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.PersonalDataKeyTestResource;
import dev.avrr.testing.SealedValues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each protected value is bound to its place (docs/domain.md#protection-at-rest): a sealed value copied into another
 * row of its table by someone who can write the database but holds no key does not open there — not even in a row of
 * the same case, sealed with the same key — while the row it came from still reads.
 */
@QuarkusTest
class ProtectedPlacesTest {

    private static final String HOUSEHOLD = """
            [{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}]""";

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    AtRestCipher cipher;

    @Inject
    KeyRotation rotation;

    @Inject
    Resealing resealing;

    @Test
    void aSealedValueCopiedIntoAnotherRowDoesNotOpen() {
        String first = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), HOUSEHOLD));
        String second = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1991, 2, 2), HOUSEHOLD));
        given().auth().oauth2(OSLO).header("If-Match", CaseApi.etag(OSLO, first)).contentType("application/json")
                .body("{\"endedOn\":\"%s\",\"reason\":\"APPLICANT_WITHDREW\",\"note\":\"Fictional: stays with her aunt\"}"
                        .formatted(CaseApi.today()))
                .post("/api/v1/cases/" + first + "/withdrawal").then().statusCode(200);

        // Another row of the history, same case, same key: the withdrawal's note does not open in the registration's.
        Map<String, String> notes = DatabaseScan.backup(dataSource, "case_step", "id", "note",
                "case_id = ?::uuid AND step = 'WITHDRAWN'", first);
        assertEquals(1, notes.size(), notes.toString());
        String withdrawal = notes.keySet().iterator().next();
        assertTrue(notes.get(withdrawal).startsWith("v2:S:" + first + ":"), notes.toString());
        String registration = DatabaseScan.rows(dataSource, "SELECT id FROM case_step WHERE case_id = ?::uuid "
                + "AND step = 'REGISTERED'", first).get(0);
        Map<String, String> registrationNote = original("case_step", registration);
        String noteBefore = read(CaseStepRecord.class, Long.valueOf(registration)).note;
        DatabaseScan.restore(dataSource, "case_step", "id", "note", Map.of(registration, notes.get(withdrawal)));
        try {
            SealedValues.assertDoesNotOpen(() -> read(CaseStepRecord.class, Long.valueOf(registration)));
            assertEquals("APPLICANT_WITHDREW: Fictional: stays with her aunt", read(CaseStepRecord.class, Long.valueOf(withdrawal)).note,
                    "the row it came from reads");
        } finally {
            DatabaseScan.restore(dataSource, "case_step", "id", "note", registrationNote);
        }

        // Another case's row: the first case's household does not open in the second's.
        Map<String, String> household = DatabaseScan.backup(dataSource, "avrr_case", "id", "household", "id = ?::uuid",
                first);
        Map<String, String> secondHousehold = original("avrr_case", second);
        DatabaseScan.restore(dataSource, "avrr_case", "id", "household", Map.of(second, household.get(first)));
        try {
            SealedValues.assertDoesNotOpen(() -> read(AvrrCase.class, UUID.fromString(second)));
            assertEquals("Testo", read(AvrrCase.class, UUID.fromString(first)).householdMembers().get(0).givenName(),
                    "the row it came from reads");
        } finally {
            DatabaseScan.restore(dataSource, "avrr_case", "id", "household", secondHousehold);
        }
        // Put back, the rows read again (other tests list these cases).
        assertEquals("Testo", read(AvrrCase.class, UUID.fromString(second)).householdMembers().get(0).givenName());
        assertEquals(noteBefore, read(CaseStepRecord.class, Long.valueOf(registration)).note);
    }

    /**
     * A protected JSON value is kept by Hibernate as loaded, not copied through its converter, and compared at flush
     * (ProtectedJson.Replaced): a value replaced — here a list, whose assignment bytecode enhancement does not track
     * — is written and reads back, and the values beside it read as before.
     */
    @Test
    void aProtectedValueReplacedIsWrittenAndReadsBack() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), HOUSEHOLD));
        Map<String, String> household = DatabaseScan.backup(dataSource, "avrr_case", "id", "household",
                "id = ?::uuid", id);
        AvrrCase before = read(AvrrCase.class, UUID.fromString(id));

        String child = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        CaseApi.put(OSLO, id, "household/" + child, HOUSEHOLD.substring(1, HOUSEHOLD.length() - 1)
                .replace("Testo", "Testa").replace("}", ",\"reason\":\"Birth certificate seen (fictional)\"}"))
                .statusCode(200);

        assertNotEquals(household, DatabaseScan.backup(dataSource, "avrr_case", "id", "household", "id = ?::uuid",
                id), "a value replaced is written");
        AvrrCase after = read(AvrrCase.class, UUID.fromString(id));
        assertEquals("Testa", after.householdMembers().get(0).givenName(), "a value replaced reads back");
        assertEquals(before.applicantDetails, after.applicantDetails);
        assertEquals(before.consents, after.consents);
        assertEquals(before.applicantGivenName, after.applicantGivenName);
    }

    @Test
    void valuesKeptInClearOrSealedTheOldWayAreSealedAgainWithTheCasesKey() {
        String id = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), HOUSEHOLD));
        Map<String, String> sealed = DatabaseScan.backup(dataSource, "avrr_case", "id", "applicant_given_name",
                "id = ?::uuid", id);
        assertTrue(sealed.get(id).startsWith("v2:S:" + id + ":"), "the name is sealed with the case's key");
        // As a case registered before the names were protected left them (the migration marks them v0:), and a
        // value sealed before values had places.
        DatabaseScan.restore(dataSource, "avrr_case", "id", "applicant_given_name", Map.of(id, "v0:Resealia"));
        DatabaseScan.restore(dataSource, "avrr_case", "id", "applicant_date_of_birth", Map.of(id, "v0:1990-01-01"));
        DatabaseScan.restore(dataSource, "avrr_case", "id", "applicant_family_name",
                Map.of(id, cipher.protectWithoutPlace("Resealova")));
        CaseApi.read(OSLO, id).statusCode(200).body("applicant.givenName", equalTo("Resealia"))
                .body("applicant.familyName", equalTo("Resealova"));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM sealed_place").executeUpdate());

        rotation.run();

        for (String column : List.of("applicant_given_name", "applicant_family_name", "applicant_date_of_birth")) {
            String now = DatabaseScan.backup(dataSource, "avrr_case", "id", column, "id = ?::uuid", id).get(id);
            assertTrue(now.startsWith("v2:S:" + id + ":"), column + " sealed with the case's key: " + now);
        }
        assertEquals(List.of(), DatabaseScan.valuesInClear(dataSource, List.of("Resealia", "Resealova")));
        CaseApi.read(OSLO, id).statusCode(200).body("applicant.givenName", equalTo("Resealia"))
                .body("applicant.familyName", equalTo("Resealova")).body("applicant.dateOfBirth", equalTo("1990-01-01"));
        assertEquals(0, resealing.run(), "once sealed, nothing is left to seal");
    }

    @Test
    void aValueOfARetiredKeyIsSealedAgainAndOneThatDoesNotOpenIsLeftWhileTheOthersAreSealed() {
        String retired = CaseApi.register(CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), HOUSEHOLD));
        String copiedInto = CaseApi.register(
                CaseApi.registration("VULNERABLE_GROUPS", LocalDate.of(1991, 2, 2), HOUSEHOLD));
        String place = ProtectedColumns.place("avrr_case", "applicant_given_name");
        Map<String, String> before = DatabaseScan.backup(dataSource, "avrr_case", "id", "applicant_given_name",
                "id IN (?::uuid, ?::uuid)", retired, copiedInto);
        // As a rotation leaves a value: sealed with the service's key that was active before. The same value copied
        // into another row does not open there (bound to its row).
        String sealedWithRetiredKey = sealedWithRetiredKey(place, retired, "Retiria");
        DatabaseScan.restore(dataSource, "avrr_case", "id", "applicant_given_name",
                Map.of(retired, sealedWithRetiredKey, copiedInto, sealedWithRetiredKey));
        DatabaseScan.restore(dataSource, "avrr_case", "id", "applicant_family_name", Map.of(retired, "v0:Resealova"));
        CaseApi.read(OSLO, retired).statusCode(200).body("applicant.givenName", equalTo("Retiria"));
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("DELETE FROM sealed_place").executeUpdate());

            rotation.run();

            String now = DatabaseScan.backup(dataSource, "avrr_case", "id", "applicant_given_name", "id = ?::uuid",
                    retired).get(retired);
            assertTrue(now.startsWith("v2:S:" + retired + ":"), "sealed again with the case's key: " + now);
            CaseApi.read(OSLO, retired).statusCode(200).body("applicant.givenName", equalTo("Retiria"))
                    .body("applicant.familyName", equalTo("Resealova"));
            assertEquals(sealedWithRetiredKey, DatabaseScan.backup(dataSource, "avrr_case", "id",
                    "applicant_given_name", "id = ?::uuid", copiedInto).get(copiedInto), "left as it was");
            String family = DatabaseScan.backup(dataSource, "avrr_case", "id", "applicant_family_name",
                    "id = ?::uuid", retired).get(retired);
            assertTrue(family.startsWith("v2:S:" + retired + ":"), "the other columns are sealed: " + family);
            assertEquals(List.of(), DatabaseScan.valuesInClear(dataSource, List.of("Retiria", "Resealova")));
            assertEquals(List.of(), DatabaseScan.rows(dataSource, "SELECT key_id FROM sealed_place WHERE place = ?",
                    place), "the column with a value that did not open is read again at the next run");
            assertEquals(0, resealing.run(), "the value that does not open is still left as it is");
        } finally {
            DatabaseScan.restore(dataSource, "avrr_case", "id", "applicant_given_name",
                    Map.of(copiedInto, before.get(copiedInto)));
        }
    }

    private static String sealedWithRetiredKey(String place, String row, String plain) {
        SecretKey key = new SecretKeySpec(Base64.getDecoder().decode(PersonalDataKeyTestResource.RETIRED_AT_REST_KEY),
                "AES");
        String keyRef = "K:" + PersonalDataKeyTestResource.RETIRED_AT_REST_KEY_ID;
        return "v2:" + keyRef + ":" + PersonalDataCipher.seal(key, plain.getBytes(StandardCharsets.UTF_8),
                ("avrr-at-rest-v2|" + place + "|" + row + "|" + keyRef).getBytes(StandardCharsets.UTF_8));
    }

    /** The value a row holds now in its protected column ({@code note} or {@code household}), null included. */
    private Map<String, String> original(String table, String id) {
        String column = table.equals("case_step") ? "note" : "household";
        Map<String, String> value = new HashMap<>();
        value.put(id, DatabaseScan.backup(dataSource, table, "id", column, "id::text = ?", id).get(id));
        return value;
    }

    private <T> T read(Class<T> type, Object id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T found = em.find(type, id);
            em.clear();
            return found;
        });
    }
}
