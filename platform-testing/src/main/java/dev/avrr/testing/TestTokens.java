package dev.avrr.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real RS256 tokens, signed with a key pair generated once per test JVM (never written to the repository),
 * so that tests go through the application's real token verification.
 */
public final class TestTokens {

    public static final String ISSUER = "https://avrr.test/issuer";

    private static KeyPair keys;

    private TestTokens() {
    }

    static synchronized KeyPair keys() {
        if (keys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                keys = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    /** A builder for a token with the given roles (the {@code groups} claim). */
    public static Builder role(String... roles) {
        return new Builder(roles);
    }

    /** A token of one role for an organisation and, for a mission, the country it serves (null: none). */
    public static String of(String role, String org, String country) {
        Builder b = role(role).org(org);
        return (country == null ? b : b.country(country)).sign();
    }

    /** A bearer token for one role of the given organisation. */
    public static String of(String role, String org) {
        return role(role).org(org).sign();
    }

    public static final class Builder {
        private final Set<String> groups = new LinkedHashSet<>();
        private String subject = "user-" + UUID.randomUUID();
        private String org;
        private String country;
        private String issuer = ISSUER;
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
        private Instant issuedAt = Instant.now();
        private String audience;
        private boolean registered = true;

        private Builder(String... roles) {
            groups.addAll(Set.of(roles));
        }

        public Builder org(String org) {
            this.org = org;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** The {@code aud} claim; none by default, as the local and test issuers make them. */
        public Builder audience(String audience) {
            this.audience = audience;
            return this;
        }

        /** A token for an organisation the registry does not know: not registered first (see TestOrganisations). */
        public Builder unregistered() {
            this.registered = false;
            return this;
        }

        public Builder expired() {
            this.issuedAt = Instant.now().minus(Duration.ofHours(2));
            this.expiresAt = Instant.now().minus(Duration.ofHours(1));
            return this;
        }

        /** A token that expired this long ago (seconds), issued an hour before that. */
        public Builder expiredSecondsAgo(long seconds) {
            this.expiresAt = Instant.now().minusSeconds(seconds);
            this.issuedAt = expiresAt.minus(Duration.ofHours(1));
            return this;
        }

        public String sign() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject(subject)
                    .upn(subject)
                    .groups(groups)
                    .issuedAt(issuedAt)
                    .expiresAt(expiresAt);
            if (org != null) {
                claims.claim("org", org);
                if (registered) {
                    TestOrganisations.registerFor(groups, org, country);
                }
            }
            if (country != null) {
                claims.claim("country", country);
            }
            if (audience != null) {
                claims.audience(audience);
            }
            return claims.jws().keyId("avrr-test").sign(keys().getPrivate());
        }

        /** A token whose payload was changed after signing: the signature no longer matches. */
        public String tampered() {
            String[] parts = sign().split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
            String forged = payload.replace("\"groups\":[", "\"groups\":[\"admin\",");
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "."
                    + parts[2];
        }
    }
}
