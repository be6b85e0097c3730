package dev.avrr.grant.cases;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.protection.AtRestCipher;
import dev.avrr.platform.protection.LegacyPlainColumns;
import dev.avrr.platform.protection.LegacyPlainValues;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The programme says whether a person is a victim of trafficking, a child alone or ill: nobody reading grant-service's
 * tables learns it, and the roles that may see the case still read it.
 */
@QuarkusTest
class SpecialCategoriesTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    AtRestCipher cipher;

    @Inject
    LegacyPlainColumns legacyColumns;

    @Test
    void theProgrammeIsProtectedInEveryTableAndShownToThoseWhoMaySeeTheCase() throws Exception {
        UUID caseId = grants.approve(Programme.VICTIMS_OF_TRAFFICKING, true, 1, GrantFixture.applicant(29));
        List<String> stored = new ArrayList<>(column("SELECT programme FROM grant_case WHERE case_id = ?", caseId));
        stored.addAll(column("SELECT programme FROM entitlement WHERE case_id = ?", caseId));
        assertEquals(2, stored.size());
        for (String value : stored) {
            assertFalse(value.contains("TRAFFICKING"), "the programme in clear: " + value);
            assertTrue(value.contains(":"), "protected as keyId:sealed: " + value);
        }
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then().statusCode(200)
                .body("programme", equalTo("VICTIMS_OF_TRAFFICKING"))
                .body("beneficiaries[0].programme", equalTo("VICTIMS_OF_TRAFFICKING"));
    }

    /** An approval published before the programme was sealed carries it in clear; it is still allocated from. */
    @Test
    void anEventFromBeforeTheSealIsStillRead() {
        UUID caseId = UUID.randomUUID();
        Traveller adult = GrantFixture.applicant(40);
        String legacy = events.toJson(events.create(CaseApproved.TYPE, caseId.toString(), Map.of("caseId",
                caseId.toString(), "programme", "VULNERABLE_GROUPS", "jurisdiction", "NO", "office", GrantFixture.OFFICE,
                "countryOfReturn", GrantFixture.COUNTRY, "basis", "UDI", "approvedAt", OffsetDateTime.now().toString(),
                "household", List.of(Map.of("memberId", adult.memberId().toString(), "relation", "APPLICANT",
                        "age", 40)))));
        GrantFixture.send(caseId, legacy);
        assertEquals(1, GrantFixture.entitlements(caseId, 1).size());
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then()
                .body("programme", equalTo("VULNERABLE_GROUPS"));
    }

    /** A value kept in clear before the column was protected is protected at start, and read as before. */
    @Test
    void aValueKeptInClearBeforeIsProtected() throws Exception {
        UUID caseId = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO grant_case (case_id, office, country_of_return, registered_at, known_since, programme) "
                        + "VALUES (?, 'iom-oslo', 'ET', now(), now(), 'VICTIMS_OF_TRAFFICKING')")) {
            s.setObject(1, caseId);
            s.executeUpdate();
        }
        // The service's configured columns, as at start.
        assertTrue(legacyColumns.protectListed() >= 1);
        String stored = column("SELECT programme FROM grant_case WHERE case_id = ?", caseId).get(0);
        assertFalse(stored.contains("TRAFFICKING"), stored);
        assertEquals(Programme.VICTIMS_OF_TRAFFICKING,
                QuarkusTransaction.requiringNew().call(() -> em.find(GrantCase.class, caseId).programme()));
        assertEquals(0, (int) QuarkusTransaction.requiringNew()
                .call(() -> LegacyPlainValues.protect(em, cipher, "grant_case", "case_id", "programme")),
                "nothing is left in clear");
    }

    private List<String> column(String sql, UUID caseId) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, caseId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }
}
