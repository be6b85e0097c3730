package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.avrr.testing.DatabaseOutage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * While the database refuses connections a request is answered 503 with Retry-After — nothing was done and the
 * client may try again — not a 500 that reads like a bug; once it is back the same request goes through.
 */
@QuarkusTest
class DatabaseOutageAnswerTest {

    private static final String BODY = "{\"label\":\"probe\",\"count\":1,\"sequence\":1,\"fail\":false}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRequestDuringADatabaseOutageIsAnswered503WithRetryAfter() throws Exception {
        try (DatabaseOutage outage = DatabaseOutage.begin(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class))) {
            given().auth().oauth2(Probes.CASEWORKER).contentType("application/json").body(BODY)
                    .post("/api/v1/probes").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("urn:avrr:problem:unavailable"))
                    .body("detail", not(containsString("jdbc")));
        }
        // Back: as a client honouring Retry-After would, the same request goes through (within a second or two,
        // while the pool replaces the connections the outage cut).
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() -> given().auth()
                .oauth2(Probes.CASEWORKER).contentType("application/json").body(BODY).post("/api/v1/probes")
                .statusCode() == 201);
        // The tests after this one share the pool: it forgets the connections the outage cut.
        dataSource.flush(AgroalDataSource.FlushMode.INVALID);
    }
}
