package dev.avrr.referral.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Avrr-Signature: sha256=<hex>}: HMAC-SHA256 with the organisation's secret over the exact body sent.
 * During a rotation's grace period the header carries a second signature with the previous secret, comma
 * separated, so a receiver that still holds the old secret keeps verifying.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Avrr-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static String header(String secret, String previousSecret, String body) {
        String current = sign(secret, body);
        return previousSecret == null ? current : current + "," + sign(previousSecret, body);
    }
}
