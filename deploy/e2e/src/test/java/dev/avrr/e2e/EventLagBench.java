package dev.avrr.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the consumers apply events, on the whole stack as separate processes (two instances of case- and of
 * monitoring-service sharing their consumer groups). Not part of the build's tests: run on demand with
 * {@code ./mvnw -o -B verify -pl deploy/e2e -Dit.test=EventLagBench} (the services packaged first); the method
 * and the latest figures are in docs/architecture.md.
 * <ol>
 * <li><b>Saturation.</b> 16 clients, each in a loop, have a partner create a referral (a fresh Idempotency-Key) and
 * a caseworker accept it — the heaviest step a consumer has to follow (case-service registers a case, whose event
 * three consumers follow in turn) — as fast as the services answer. The accepted rate is the maximum load.</li>
 * <li><b>Keeping up.</b> When the clients stop, every consumer must have applied what was produced within a
 * second: what it applies after the load ended (its backlog) is reported in seconds of its own rate during the
 * load.</li>
 * <li><b>Half the maximum.</b> The same pairs at a fixed arrival rate of half the saturation rate; the lag of each
 * consumer's effects, from the event's creation in its producer's transaction to the effect's commit
 * ({@code avrr_inbox_lag_seconds} histograms of every instance, the difference of two scrapes), must stay under
 * 250 ms at the 99th percentile.</li>
 * </ol>
 */
@ExtendWith(Stack.class)
class EventLagBench {

    private static final int CLIENTS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("avrr.bench.warm-up", 15));
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("avrr.bench.seconds", 30));
    private static final double BOUND_SECONDS = 0.25;
    private static final Pattern BUCKET = Pattern.compile(
            "avrr_inbox_lag_seconds_bucket\\{consumer=\"([^\"]+)\",le=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Actor partner = Actor.of("partner", "ngo-fiktivhjelp");
    private final Actor caseworker = Actor.of("caseworker", "iom-oslo");
    private final AtomicInteger failures = new AtomicInteger();

    @Test
    void consumersKeepUpAndStayUnder250msAtHalfTheMaximumLoad() throws Exception {
        closedLoop(WARM_UP);
        Map<String, TreeMap<Double, Double>> before = scrape();
        double rate = closedLoop(RUN);
        Map<String, TreeMap<Double, Double>> atEnd = scrape();
        long drainStart = System.nanoTime();
        Map<String, TreeMap<Double, Double>> drained = quiet();
        System.out.printf("[bench] every consumer idle %.1f s after the load ended (3 s without a new effect)%n",
                (System.nanoTime() - drainStart) / 1e9 - 3);
        System.out.printf("[bench] saturation: %.1f referrals created and accepted per second (%d clients, %d s)%n",
                rate, CLIENTS, RUN.toSeconds());
        Map<String, Double> backlogs = new TreeMap<>();
        for (String consumer : drained.keySet()) {
            TreeMap<Double, Double> during = minus(atEnd.get(consumer), before.get(consumer));
            double applied = count(during);
            double after = count(minus(drained.get(consumer), atEnd.get(consumer)));
            double backlog = applied == 0 ? 0 : after / (applied / RUN.toSeconds());
            backlogs.put(consumer, backlog);
            System.out.printf("[bench]   %-40s applied %6.0f (%.1f/s), after the load %4.0f (%.2f s of its rate),"
                    + " lag p50 %s p99 %s%n", consumer, applied, applied / RUN.toSeconds(), after, backlog,
                    ms(quantile(during, 0.5)), ms(quantile(during, 0.99)));
        }

        double half = rate / 2;
        Map<String, TreeMap<Double, Double>> start = scrape();
        fixedRate(half, RUN);
        Map<String, TreeMap<Double, Double>> end = quiet();
        System.out.printf("[bench] half the maximum: %.1f pairs per second for %d s%n", half, RUN.toSeconds());
        Map<String, Double> withinBound = new TreeMap<>();
        for (String consumer : end.keySet()) {
            TreeMap<Double, Double> run = minus(end.get(consumer), start.get(consumer));
            double n = count(run);
            double within = n == 0 ? 1 : run.getOrDefault(BOUND_SECONDS, 0.0) / n;
            withinBound.put(consumer, within);
            System.out.printf("[bench]   %-40s applied %6.0f, lag p50 %s p99 %s, within 250 ms %.2f %%%n", consumer,
                    n, ms(quantile(run, 0.5)), ms(quantile(run, 0.99)), within * 100);
        }
        System.out.printf("[bench] failed calls: %d%n", failures.get());

        backlogs.forEach((consumer, seconds) -> assertTrue(seconds < 1.0,
                consumer + " fell behind at saturation: " + seconds + " s of backlog when the load ended"));
        withinBound.forEach((consumer, share) -> assertTrue(share >= 0.99,
                consumer + ": fewer than 99 % of the effects within 250 ms at half the maximum load: " + share));
    }

    /** The clients in a loop for the duration; returns the completed pairs per second. */
    private double closedLoop(Duration duration) throws InterruptedException {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (pair()) {
                        done.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return done.get() / (double) duration.toSeconds();
    }

    /** Pairs started at a fixed rate, whatever the answers' speed (open loop), for the duration. */
    private void fixedRate(double perSecond, Duration duration) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(4 * CLIENTS);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long interval = (long) (1_000_000_000L / perSecond);
        clock.scheduleAtFixedRate(() -> workers.submit(this::pair), 0, interval, TimeUnit.NANOSECONDS);
        Thread.sleep(duration.toMillis());
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** A partner creates a referral and a caseworker accepts it. */
    private boolean pair() {
        try {
            Actor.Reply created = partner.post("referral", "/api/v1/referrals", """
                    {"jurisdiction":"NO",
                     "person":{"givenName":"Testa","familyName":"Maalesen","dateOfBirth":"1990-03-14",
                       "nationality":"ET","countryOfReturn":"ET","languages":["am"],"interpreterNeeded":true},
                     "vulnerability":{"categories":["MEDICAL_NEEDS"],"referralReason":"Wants to return home (fictional)"},
                     "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true},
                                 {"purpose":"FEEDBACK_TO_REFERRER","language":"am","interpreterUsed":true}]}""",
                    "Idempotency-Key", UUID.randomUUID().toString());
            if (created.status() != 201) {
                failures.incrementAndGet();
                return false;
            }
            Actor.Reply accepted = caseworker.post("referral",
                    "/api/v1/referrals/" + created.body().path("id").asText() + "/acceptance", null);
            if (accepted.status() / 100 != 2) {
                failures.incrementAndGet();
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            return false;
        }
    }

    /** Scrapes until no consumer applied anything for 3 s (at most 5 minutes); returns the last scrape. */
    private Map<String, TreeMap<Double, Double>> quiet() throws Exception {
        Map<String, TreeMap<Double, Double>> last = scrape();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(3_000);
            Map<String, TreeMap<Double, Double>> now = scrape();
            if (total(now) == total(last)) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the consumers did not become idle within 5 minutes");
    }

    private static double total(Map<String, TreeMap<Double, Double>> scrape) {
        return scrape.values().stream().mapToDouble(EventLagBench::count).sum();
    }

    /** Every instance's lag histograms, summed per consumer: upper bound in seconds → cumulative count. */
    private Map<String, TreeMap<Double, Double>> scrape() throws Exception {
        Map<String, TreeMap<Double, Double>> sum = new TreeMap<>();
        for (int offset = 1; offset <= 4; offset++) {
            for (int second : new int[] { 0, 10 }) {
                int port = Stack.PORT_BASE + offset + second;
                if (second == 10 && !(offset == 2 || offset == 4)) {
                    continue;
                }
                String text = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = BUCKET.matcher(text);
                while (m.find()) {
                    double le = "+Inf".equals(m.group(2)) ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(2));
                    sum.computeIfAbsent(m.group(1), c -> new TreeMap<>()).merge(le, Double.parseDouble(m.group(3)),
                            Double::sum);
                }
            }
        }
        return sum;
    }

    private static TreeMap<Double, Double> minus(TreeMap<Double, Double> later, TreeMap<Double, Double> earlier) {
        TreeMap<Double, Double> d = new TreeMap<>();
        if (later == null) {
            return d;
        }
        later.forEach((le, n) -> d.put(le, n - (earlier == null ? 0 : earlier.getOrDefault(le, 0.0))));
        return d;
    }

    private static double count(Map<Double, Double> cumulative) {
        return cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
    }

    /** The upper bound of the bucket holding the quantile: never less than the true value. */
    private static double quantile(TreeMap<Double, Double> cumulative, double q) {
        double n = count(cumulative);
        for (Map.Entry<Double, Double> b : cumulative.entrySet()) {
            if (b.getValue() >= q * n) {
                return b.getKey();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private static String ms(double seconds) {
        return Double.isInfinite(seconds) ? "∞" : "≤" + Math.round(seconds * 1000) + " ms";
    }
}
