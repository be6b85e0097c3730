package dev.avrr.platform.probe;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** In production only tokens issued for the AVRR API are accepted, not any token of the same issuer. */
@QuarkusTest
@TestProfile(AudienceTest.ProdAudience.class)
class AudienceTest {

    /** The prod profile's audience, as the platform's defaults state it. */
    static String prodAudience() {
        try (InputStream in = AudienceTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            Properties p = new Properties();
            p.load(in);
            String value = p.getProperty("%prod.mp.jwt.verify.audiences");
            return value.substring(value.indexOf(':') + 1, value.length() - 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static class ProdAudience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.audiences", prodAudience());
        }
    }

    private static int read(String token) {
        return given().auth().oauth2(token).get("/api/v1/probes/" + UUID.randomUUID()).then().extract().statusCode();
    }

    @Test
    void onlyATokenForTheAvrrApiPasses() {
        assertEquals("avrr-api", prodAudience());
        assertEquals(401, read(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").sign()), "no audience");
        assertEquals(401, read(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").audience("account").sign()),
                "another audience of the same issuer");
        assertEquals(404, read(TestTokens.role(Roles.CASEWORKER).org("iom-oslo").audience("avrr-api").sign()),
                "the API's audience passes authentication (and the probe does not exist)");
    }
}
