package dev.avrr.grant;

import static dev.avrr.grant.GrantFixture.CASEWORKER;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.money;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.disbursement.Disbursement;
import dev.avrr.grant.plan.ReintegrationPlan;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.SealedValues;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each protected value is bound to its place (docs/domain.md#protection-at-rest): a sealed value copied into another
 * row, or into another column of its row, by someone who can write the database but holds no key, does not open
 * there — though it is the same person's, sealed with the same key — while the row it came from still reads.
 */
@QuarkusTest
class ProtectedPlacesTest {

    private static final String FIRST_PAYEE = "Fiktiva Placebound";
    private static final String SECOND_PAYEE = "Testa Elsewhere";
    private static final String NOTES = "Fiktiva wants to live near her sister";

    @Inject
    GrantFixture grants;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Test
    void aCiphertextCopiedIntoAnotherRowOrColumnDoesNotDecrypt() {
        String entitlement = grants.single(Programme.VULNERABLE_GROUPS, 33);
        String first = payment(entitlement, FIRST_PAYEE);
        String second = payment(entitlement, SECOND_PAYEE);

        // Another row of the same column, same entitlement, same key: the first payee does not open in the second row.
        Map<String, String> firstPayee = DatabaseScan.backup(dataSource, "disbursement", "id", "payee_name",
                "id = ?::uuid", first);
        Map<String, String> secondPayee = DatabaseScan.backup(dataSource, "disbursement", "id", "payee_name",
                "id = ?::uuid", second);
        assertTrue(firstPayee.get(first).startsWith("v2:S:" + entitlement + ":"), firstPayee.toString());
        DatabaseScan.restore(dataSource, "disbursement", "id", "payee_name", Map.of(second, firstPayee.get(first)));
        try {
            SealedValues.assertDoesNotOpen(() -> read(Disbursement.class, UUID.fromString(second)));
            assertEquals(FIRST_PAYEE, read(Disbursement.class, UUID.fromString(first)).payeeName,
                    "the row it came from reads");
        } finally {
            // The other tests of the run share the database: the second row is put back as it was.
            DatabaseScan.restore(dataSource, "disbursement", "id", "payee_name", secondPayee);
        }
        assertEquals(SECOND_PAYEE, read(Disbursement.class, UUID.fromString(second)).payeeName);

        // Another column of the same row: a plan's notes written where its reason for a return is kept do not open.
        String planId = given().auth().oauth2(MISSION).contentType("application/json").body("""
                {"notes":"%s","lines":[{"category":"HOUSING","activity":"RENT",
                 "provider":{"name":"A fictional landlord","reference":"FICTIONAL-2"},"amount":%s}]}"""
                .formatted(NOTES, money("1000.00"))).post("/api/v1/entitlements/" + entitlement + "/plans").then()
                .statusCode(201).extract().path("id");
        Map<String, String> notes = DatabaseScan.backup(dataSource, "reintegration_plan", "id", "notes",
                "id = ?::uuid", planId);
        assertEquals(1, notes.size(), "the notes are stored");
        DatabaseScan.restore(dataSource, "reintegration_plan", "id", "return_reason", notes);
        try {
            SealedValues.assertDoesNotOpen(() -> read(ReintegrationPlan.class, UUID.fromString(planId)));
        } finally {
            Map<String, String> none = new HashMap<>();
            none.put(planId, null);
            DatabaseScan.restore(dataSource, "reintegration_plan", "id", "return_reason", none);
        }
        assertEquals(NOTES, read(ReintegrationPlan.class, UUID.fromString(planId)).notes, "the row reads, put back");
        given().auth().oauth2(CASEWORKER).get("/api/v1/plans/" + planId).then().statusCode(200);
    }

    /** A cash payment to the returnee requested by the mission; its id. */
    private static String payment(String entitlement, String payee) {
        return GrantFixture.request(MISSION, entitlement, """
                {"category":"SUBSISTENCE","payee":{"type":"RETURNEE","name":"%s","account":"FICTIONAL-1"},"amount":%s}"""
                .formatted(payee, money("100.00"))).statusCode(201).extract().path("id");
    }

    private <T> T read(Class<T> type, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T found = em.find(type, id);
            em.clear();
            return found;
        });
    }
}
