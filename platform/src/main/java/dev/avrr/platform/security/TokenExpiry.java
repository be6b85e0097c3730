package dev.avrr.platform.security;

import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A token is refused at its expiry. SmallRye JWT accepts a token for {@code mp.jwt.verify.clock.skew} seconds after
 * it expired and cannot be set below one second (a zero keeps its 60 s default); this check holds the line the
 * services promise: no grace unless {@code avrr.jwt.expiry-grace-seconds} (AVRR_JWT_EXPIRY_GRACE) allows for
 * clocks that drift between the issuer and the services.
 */
public class TokenExpiry {

    @Inject
    CurrentIdentityAssociation identity;

    @ConfigProperty(name = "avrr.jwt.expiry-grace-seconds", defaultValue = "0")
    long graceSeconds;

    @ServerRequestFilter
    public Uni<Response> refuseExpired(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().map(id -> {
            if (id.getPrincipal() instanceof JsonWebToken jwt && expired(jwt.getExpirationTime(), graceSeconds,
                    Instant.now())) {
                throw new AuthenticationFailedException("The token expired");
            }
            return null;
        });
    }

    static boolean expired(long expiresAtEpochSecond, long graceSeconds, Instant now) {
        return expiresAtEpochSecond > 0 && now.getEpochSecond() >= expiresAtEpochSecond + graceSeconds;
    }
}
