package dev.avrr.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** With no AVRR_CORS_ORIGINS configured, no other origin is allowed. */
@QuarkusTest
class NoCorsOriginByDefaultTest {

    @Test
    void aPreflightFromAnyOriginGetsNoPermission() {
        given().header("Origin", "https://frontend.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/referrals").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
