package dev.avrr.grant.ledger;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.request;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.testing.PostgresTestResource;
import dev.avrr.vocabulary.events.Programme;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The double-entry ledger per entitlement (docs/grant-service.md#ledger), as the database keeps it: every transaction balances,
 * no category is overdrawn, and a written entry is never changed or deleted — corrections are reversing entries.
 */
@QuarkusTest
class LedgerTest {

    @Inject
    GrantFixture grants;

    @Inject
    AgroalDataSource dataSource;

    private String entitlementWithMovements() {
        String id = grants.single(Programme.VULNERABLE_GROUPS, 44);
        String d = request(MISSION, id, disbursementBody("SUBSISTENCE", null, "RETURNEE", "1500.00")).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(FINANCE).contentType("application/json").body("{\"reason\":\"No receipt\"}")
                .post("/api/v1/disbursements/" + d + "/rejection").then().statusCode(200);
        return id;
    }

    @ParameterizedTest(name = "{0} of a ledger entry is refused")
    @ValueSource(strings = { "UPDATE ledger_entry SET amount = amount * 2 WHERE entitlement_id = '%s'",
            "DELETE FROM ledger_entry WHERE entitlement_id = '%s'", "TRUNCATE ledger_entry" })
    void theDatabaseRefusesToChangeOrDeleteAnEntry(String sql) throws Exception {
        String id = entitlementWithMovements();
        String statement = sql.contains("%s") ? sql.formatted(id) : sql;
        // Whoever asks: the service's runtime role (which may not even truncate) and the owner that migrates.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute(statement));
            assertTrue(e.getMessage().contains(statement.startsWith("TRUNCATE") ? "permission denied" : "append-only"),
                    e.getMessage());
        }
        try (Connection c = PostgresTestResource.asOwner(dataSource); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute(statement));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
        assertEquals(new BigDecimal("42000.00"),
                new BigDecimal(GrantFixture.read(id).getString("available.amount")));
    }

    @Test
    void everyTransactionBalancesAndTheDatabaseRefusesOneThatDoesNot() throws Exception {
        String id = entitlementWithMovements();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM (SELECT transaction_id FROM ledger_entry WHERE "
                        + "entitlement_id = '" + id + "' GROUP BY transaction_id HAVING sum(amount) <> 0) unbalanced")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        String insert = "INSERT INTO ledger_entry (transaction_id, entitlement_id, entry_type, account, category, amount, "
                + "currency, recorded_by) VALUES ('%s', '%s', 'CONVERSION', 'AVAILABLE', '%s', %s, 'NOK', 'test')";
        UUID unbalanced = UUID.randomUUID();
        SQLException oneSided = assertThrows(SQLException.class, () -> inOneTransaction(
                insert.formatted(unbalanced, id, "HOUSING", "100.00")));
        assertTrue(oneSided.getMessage().contains("does not balance"), oneSided.getMessage());
        UUID overdraw = UUID.randomUUID();
        SQLException overdrawn = assertThrows(SQLException.class, () -> inOneTransaction(
                insert.formatted(overdraw, id, "HOUSING", "-8000.01"), insert.formatted(overdraw, id, "MEDICAL", "8000.01")));
        assertTrue(overdrawn.getMessage().contains("overdraws"), overdrawn.getMessage());
        assertEquals(new BigDecimal("42000.00"), new BigDecimal(GrantFixture.read(id).getString("available.amount")));
    }

    private void inOneTransaction(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
