package dev.avrr.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The callback URL rule and the signature, as tables. */
class WebhookRulesTest {

    @ParameterizedTest(name = "{0}: allowed={1}")
    @CsvSource({
            "https://partner.example.org/hooks,  true",
            "https://partner.example.org:8443/h, true",
            "http://partner.example.org/hooks,   false",
            "ftp://partner.example.org/hooks,    false",
            "https://user:pw@partner.example.org, false",
            "https://partner.example.org/h#frag,  false",
            "https://localhost/hooks,            false",
            "https://127.0.0.1/hooks,            false",
            "https://10.1.2.3/hooks,             false",
            "https://192.168.0.10/hooks,         false",
            "https://169.254.169.254/latest,     false",
            "https://[::1]/hooks,                false",
            "https://[fd00::1]/hooks,            false",
            "https://8.8.8.8/hooks,              true",
            "not a url,                          false",
    })
    void aCallbackIsHttpsToAPublicHost(String url, boolean allowed) {
        assertEquals(allowed, WebhookTarget.refusal(url, false).isEmpty(), url);
    }

    @Test
    void privateAddressesAreAllowedOnlyWhenConfigured() {
        assertTrue(WebhookTarget.refusal("https://localhost:8443/hooks", true).isEmpty());
        assertFalse(WebhookTarget.refusal("http://localhost:8443/hooks", true).isEmpty());
    }

    @Test
    void theSignatureIsHmacSha256OverTheTimestampAndTheBodyInHex() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
        assertEquals(WebhookSignature.hmac("k", "1767225600.{}"), WebhookSignature.sign("k", 1767225600L, "{}"),
                "the signed text is <timestamp>.<body>");
        assertNotEquals(WebhookSignature.sign("k", 1767225600L, "{}"), WebhookSignature.sign("k", 1767225601L, "{}"),
                "a replay with another timestamp does not verify");
        assertEquals(WebhookSignature.sign("new", 1767225600L, "{}") + "," + WebhookSignature.sign("old", 1767225600L,
                "{}"), WebhookSignature.header("new", "old", 1767225600L, "{}"));
        assertTrue(WebhookSignature.newSecret().startsWith("whsec_"));
    }
}
