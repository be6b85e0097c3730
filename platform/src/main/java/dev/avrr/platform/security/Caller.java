package dev.avrr.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.avrr.platform.problem.Problems;

/** Who is calling: the verified token's subject, roles and the {@code org} and {@code country} claims. */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org";
    public static final String COUNTRY_CLAIM = "country";

    @Inject
    JsonWebToken jwt;

    public String subject() {
        String subject = jwt.getSubject();
        return subject != null ? subject : jwt.getName();
    }

    public Set<String> roles() {
        Set<String> groups = jwt.getGroups();
        return groups == null ? Set.of() : new TreeSet<>(groups);
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public Optional<String> org() {
        return claim(ORG_CLAIM);
    }

    public Optional<String> country() {
        return claim(COUNTRY_CLAIM).map(c -> c.toUpperCase());
    }

    /** When the caller's token expires, if it says: a long-lived answer (a stream) ends then. */
    public Optional<Instant> expiresAt() {
        long exp = jwt.getExpirationTime();
        return exp > 0 ? Optional.of(Instant.ofEpochSecond(exp)) : Optional.empty();
    }

    /** The caller's organisation; a human token without one is refused (403). */
    public String requireOrg() {
        return org().orElseThrow(() -> Problems.forbidden("The token carries no '" + ORG_CLAIM + "' claim"));
    }

    private Optional<String> claim(String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() >= 2) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
