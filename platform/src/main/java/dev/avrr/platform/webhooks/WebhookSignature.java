package dev.avrr.platform.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Avrr-Signature: sha256=<hex>}: HMAC-SHA256 with the organisation's secret over the time of sending and
 * the exact body sent, {@code <X-Avrr-Timestamp>.<body>}, so that a receiver can refuse a delivery replayed later
 * (one whose timestamp is more than {@link #TOLERANCE} from its clock) as well as a forged one. Each attempt is
 * signed when it is sent. During a rotation's grace period the header carries a second signature with the previous
 * secret, comma separated, so a receiver that still holds the old secret keeps verifying.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Avrr-Signature";
    /** The time of sending, in Unix seconds, which the signature covers. */
    public static final String TIMESTAMP = "X-Avrr-Timestamp";
    /** How far from its clock a receiver should accept a timestamp (the partner guide says so). */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The signature of a body sent at {@code timestamp} (Unix seconds). */
    public static String sign(String secret, long timestamp, String body) {
        return hmac(secret, timestamp + "." + body);
    }

    public static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public static String header(String secret, String previousSecret, long timestamp, String body) {
        String current = sign(secret, timestamp, body);
        return previousSecret == null ? current : current + "," + sign(previousSecret, timestamp, body);
    }
}
