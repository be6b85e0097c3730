package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;

/** Helpers of the platform's HTTP tests. */
final class Probes {

    static final String CASEWORKER = TestTokens.of(Roles.CASEWORKER, "iom-oslo");

    private Probes() {
    }

    static UUID record(String key, int sequence, boolean fail) {
        String body = "{\"label\":\"probe\",\"count\":1" + (key != null ? ",\"key\":\"" + key + "\"" : "")
                + ",\"sequence\":" + sequence + ",\"fail\":" + fail + "}";
        return UUID.fromString(given().auth().oauth2(CASEWORKER).contentType("application/json").body(body)
                .post("/api/v1/probes").then().statusCode(201).extract().path("id"));
    }
}
