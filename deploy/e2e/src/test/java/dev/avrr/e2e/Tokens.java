package dev.avrr.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** RS256 tokens signed with the stack's own signing key, as {@code avrr token} makes them. */
final class Tokens {

    static final String ISSUER = "https://avrr.local/issuer";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrivateKey key;

    Tokens(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
    }

    /** A token for one role; org and country may be null. */
    String token(String role, String org, String country, String user) {
        try {
            long now = Instant.now().getEpochSecond();
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", ISSUER);
            claims.put("sub", user);
            claims.put("upn", user);
            claims.put("groups", List.of(role));
            claims.put("iat", now);
            claims.put("exp", now + 3600);
            if (org != null) {
                claims.put("org", org);
            }
            if (country != null) {
                claims.put("country", country);
            }
            String unsigned = b64(JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT")))
                    + "." + b64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + b64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
