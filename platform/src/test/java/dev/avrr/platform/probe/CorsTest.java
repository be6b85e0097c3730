package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CorsTest {

    @Test
    void aPreflightFromTheConfiguredFrontendOriginIsAllowed() {
        given().header("Origin", "https://frontend.avrr.test")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization,Content-Type,Idempotency-Key")
                .options("/api/v1/probes").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://frontend.avrr.test"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void aPreflightFromAnyOtherOriginIsNotAllowed() {
        given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/probes").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
