package dev.avrr.platform.inbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

import dev.avrr.platform.faults.EventRejectedException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;

/**
 * What each consumer has parked, for the people on call: the gauges {@code avrr_parked_events} (by consumer and
 * status PARKED or HELD) and {@code avrr_parked_oldest_seconds} (by consumer), refreshed every 30 s, and the same
 * figures in the wellness health check ({@code /q/health/well}, "parked-events"). An alert on a parked count above
 * zero is the operator's cue to list and redrive (docs/architecture.md, parked events). Parked events never make
 * the service unready: everything else flows on.
 */
@Wellness
@ApplicationScoped
public class ParkedEventsMonitor implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ParkedEventsMonitor.class);

    @Inject
    ParkedEvents parked;

    @Inject
    MeterRegistry metrics;

    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private volatile List<ParkedEvents.Backlog> last = List.of();

    /** Counts again: every 30 s, and at once for whoever needs the figures now (a test, an operator's tool). */
    @Scheduled(every = "30s", delay = 5, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            last = parked.backlog();
        } catch (RuntimeException e) {
            LOG.debugf("Parked events not counted now: %s", EventRejectedException.safeReason(e));
            return;
        }
        gauges.values().forEach(g -> g.set(0));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (ParkedEvents.Backlog b : last) {
            gauge("avrr_parked_events", b.consumer(), "PARKED").set(b.parked());
            gauge("avrr_parked_events", b.consumer(), "HELD").set(b.held());
            gauge("avrr_parked_oldest_seconds", b.consumer(), null)
                    .set(Math.max(0, Duration.between(b.oldest(), now).toSeconds()));
        }
    }

    private AtomicLong gauge(String name, String consumer, String status) {
        String key = name + "|" + consumer + "|" + status;
        return gauges.computeIfAbsent(key, k -> {
            AtomicLong value = new AtomicLong();
            Gauge.Builder<AtomicLong> builder = Gauge.builder(name, value, AtomicLong::get).tag("consumer", consumer);
            if (status != null) {
                builder.tag("status", status);
            }
            builder.register(metrics);
            return value;
        });
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("parked-events").up();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (ParkedEvents.Backlog b : last) {
            response.withData(b.consumer() + ".parked", b.parked());
            response.withData(b.consumer() + ".held", b.held());
            response.withData(b.consumer() + ".oldestAgeSeconds", Duration.between(b.oldest(), now).toSeconds());
        }
        return response.build();
    }
}
