package dev.avrr.platform.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.problem.Problems;

/**
 * {@code Idempotency-Key} for creates from partner systems. The key is claimed in the create's own
 * transaction: a retry, even one that races the first request, waits for it and then gets the first result.
 * The same key with a different request is refused.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,200}");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** A claimed key: either new (the caller creates the resource it was claimed for) or a replay. */
    public record Claim(String scope, String key, Optional<UUID> firstResult) {
        public boolean isReplay() {
            return firstResult.isPresent();
        }
    }

    /** Validates the header; a create from a partner system must carry one. */
    public static String requireKey(String header) {
        if (header == null || header.isBlank()) {
            throw Problems.invalid(HEADER, "is required: a unique key per create, reused only for retries");
        }
        if (!KEY.matcher(header).matches()) {
            throw Problems.invalid(HEADER, "must be 8 to 200 characters of letters, digits, '.', '_', ':' or '-'");
        }
        return header;
    }

    /**
     * Claims the key for the resource the caller is about to create with this id, recorded at once (in the same
     * transaction as the resource). A replay answers the first request's resource.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String scope, String key, Object request, UUID resourceId) {
        String hash = hash(request);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_key (scope, idem_key, request_hash, "
                    + "resource_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, scope);
                ps.setString(2, key);
                ps.setString(3, hash);
                ps.setObject(4, Objects.requireNonNull(resourceId, "resourceId"));
                if (ps.executeUpdate() == 1) {
                    return new Claim(scope, key, Optional.empty());
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT request_hash, resource_id FROM idempotency_key WHERE scope = ? AND idem_key = ?")) {
                ps.setString(1, scope);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!hash.equals(rs.getString(1))) {
                        throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                                "This Idempotency-Key was used for a different request; use a new key");
                    }
                    return new Claim(scope, key, Optional.of(rs.getObject(2, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the idempotency key", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not hash the request", e);
        }
    }
}
