package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AuditTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyCreateAndReadIsRecordedAndTheAuditorCanFilterByResource() {
        UUID id = Probes.record(null, 0, false);
        String correlationId = UUID.randomUUID().toString();
        given().auth().oauth2(Probes.CASEWORKER).header("X-Correlation-Id", correlationId)
                .get("/api/v1/probes/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit"))
                .queryParam("resourceType", "probe").queryParam("resourceId", id.toString())
                .get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.action", hasItems("create", "read"))
                .body("items.org", hasItems("iom-oslo"))
                .body("items.roles", hasItems("caseworker"))
                .body("items.outcome", hasItems("SUCCESS"))
                .body("items.correlationId", hasItems(correlationId));
    }

    @Inject
    dev.avrr.platform.audit.AuditTrail audit;

    /** A scheduled job runs with a request context but no token: the trail names the system, never nobody. */
    @Test
    void workWithoutACallerIsRecordedAsTheSystem() {
        io.quarkus.arc.ManagedContext request = io.quarkus.arc.Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        String id = UUID.randomUUID().toString();
        try {
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .run(() -> audit.success(dev.avrr.platform.audit.AuditTrail.UPDATE, "probe", id));
        } finally {
            if (activated) {
                request.terminate();
            }
        }
        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.actor", org.hamcrest.Matchers.contains("system"));
    }

    @Test
    void theTrailIsFilteredByTime() {
        UUID id = Probes.record(null, 0, false);
        String auditor = TestTokens.of(Roles.AUDITOR, "iom-audit");
        given().auth().oauth2(auditor).queryParam("resourceId", id.toString())
                .queryParam("from", java.time.OffsetDateTime.now().minusMinutes(5).toString())
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(auditor).queryParam("resourceId", id.toString())
                .queryParam("from", java.time.OffsetDateTime.now().plusMinutes(5).toString())
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(auditor).queryParam("resourceId", id.toString())
                .queryParam("to", java.time.OffsetDateTime.now().minusMinutes(5).toString())
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(auditor).queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void onlyTheAuditorReadsTheTrail() {
        given().auth().oauth2(Probes.CASEWORKER).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void aBadFilterIsA400() {
        given().auth().oauth2(TestTokens.of(Roles.AUDITOR, "iom-audit")).queryParam("size", 1000)
                .get("/api/v1/audit").then().statusCode(400).body("violations[0].field", equalTo("size"));
    }

    @Test
    void theTrailIsAppendOnly() throws Exception {
        Probes.record(null, 0, false);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET actor = 'someone else'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
        }
    }
}
