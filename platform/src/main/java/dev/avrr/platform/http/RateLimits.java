package dev.avrr.platform.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemMappers;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.security.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Requests per organisation (the token's {@code org}), so that one misbehaving system cannot starve the others: a
 * token bucket per organisation, refilled at {@code avrr.rate-limit.requests-per-second} up to
 * {@code avrr.rate-limit.burst}, with per-organisation overrides. A request beyond it is a 429
 * ({@code urn:avrr:problem:rate-limited}) with {@code Retry-After} in whole seconds; nothing is done.
 */
public class RateLimits {

    /** The buckets of all organisations, one instance per application. */
    @Singleton
    public static class Buckets {

        private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

        @ConfigProperty(name = "avrr.rate-limit.requests-per-second", defaultValue = "50")
        double requestsPerSecond;

        @ConfigProperty(name = "avrr.rate-limit.burst", defaultValue = "200")
        double burst;

        /** Takes a token for the organisation: 0 if the request may go, else the seconds until one is there. */
        long take(String org) {
            return buckets.computeIfAbsent(org, this::bucketOf).take(System.nanoTime());
        }

        /** An organisation's own rate ({@code avrr.rate-limit.organisations."<org>"}) scales its burst too. */
        private Bucket bucketOf(String org) {
            double rate = ConfigProvider.getConfig()
                    .getOptionalValue("avrr.rate-limit.organisations.\"" + org + "\"", Double.class)
                    .or(() -> ConfigProvider.getConfig().getOptionalValue("avrr.rate-limit.organisations." + org,
                            Double.class))
                    .orElse(requestsPerSecond);
            return new Bucket(rate, burst * rate / requestsPerSecond);
        }
    }

    static final class Bucket {

        private final double rate;
        private final double burst;
        private double tokens;
        private long last;

        Bucket(double rate, double burst) {
            this.rate = rate;
            this.burst = burst;
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
        }
    }

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    Buckets buckets;

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().map(id -> {
            if (id.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim(Caller.ORG_CLAIM) != null) {
                long wait = buckets.take(jwt.getClaim(Caller.ORG_CLAIM).toString());
                if (wait > 0) {
                    Problem problem = new Problem(ProblemType.RATE_LIMITED, "Your organisation sent more requests "
                            + "than it may; retry after " + wait + " s");
                    return Response.fromResponse(ProblemMappers.respond(problem).toResponse())
                            .header("Retry-After", Long.toString(wait)).build();
                }
            }
            return null;
        });
    }
}
