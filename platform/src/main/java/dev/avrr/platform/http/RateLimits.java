package dev.avrr.platform.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemType;

/**
 * Requests per organisation, so that one misbehaving system cannot starve the others: a token bucket per
 * registered organisation, refilled at {@code avrr.rate-limit.requests-per-second} up to {@code avrr.rate-limit.burst},
 * and for one organisation at its own rate {@code avrr.rate-limit.organisations.<org>} (its burst scaled alike). The
 * organisation filter ({@code KnownOrganisation}) asks it once the token's organisation is known to be registered; a
 * request beyond the allowance is a 429 ({@code urn:avrr:problem:rate-limited}) with {@code Retry-After} in whole
 * seconds, and nothing is done.
 */
@Singleton
public class RateLimits {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ConfigProperty(name = "avrr.rate-limit.requests-per-second", defaultValue = "50")
    double requestsPerSecond;

    @ConfigProperty(name = "avrr.rate-limit.burst", defaultValue = "200")
    double burst;

    /** The refusal of a request beyond the organisation's allowance, or null if it may go. */
    public Response refusal(String org) {
        long wait = buckets.computeIfAbsent(org, this::bucketOf).take(System.nanoTime());
        if (wait == 0) {
            return null;
        }
        Problem problem = new Problem(ProblemType.RATE_LIMITED,
                "Your organisation sent more requests than it may; retry after " + wait + " s");
        return Response.fromResponse(ProblemMappers.respond(problem).toResponse())
                .header("Retry-After", Long.toString(wait)).build();
    }

    private Bucket bucketOf(String org) {
        double rate = ConfigProvider.getConfig()
                .getOptionalValue("avrr.rate-limit.organisations." + org, Double.class).orElse(requestsPerSecond);
        return new Bucket(rate, burst * rate / requestsPerSecond);
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

        /** Takes a token: 0 if there was one, else the whole seconds until there is. */
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
}
