package dev.avrr.platform.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.time.Now;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Applies every retention class of the service (docs/retention.md): removes, batch by batch, what is older than its
 * period, and counts what it removed in {@code avrr_retention_removed_total} (by class). A class that fails (the
 * database away) is tried again at the next run; the others go on.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final int MAX_BATCHES = 200;

    @Inject
    @Any
    Instance<RetentionClasses> modules;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Scheduled(every = "${avrr.retention.every:1h}", delay = 60, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Applies every class now; answers how many rows each removed. */
    public Map<String, Long> run() {
        Map<String, Long> removed = new LinkedHashMap<>();
        OffsetDateTime now = Now.time();
        for (RetentionClasses module : modules) {
            for (RetentionClass c : module.classes()) {
                try {
                    long n = apply(c, now.minus(c.period()));
                    removed.put(c.name(), n);
                    metrics.counter("avrr_retention_removed", "class", c.name()).increment(n);
                } catch (SQLException | RuntimeException e) {
                    LOG.warnf("Retention of %s not applied now: %s", c.name(), EventRejectedException.safeReason(e));
                }
            }
        }
        return removed;
    }

    private long apply(RetentionClass c, OffsetDateTime cutoff) throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(c.removeBatch())) {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                ps.setObject(1, cutoff.withOffsetSameInstant(ZoneOffset.UTC));
                int n = removedBy(ps);
                total += n;
                if (n == 0) {
                    break;
                }
            }
        }
        return total;
    }

    /** A DELETE answers its count; the audit trail's function answers it as its one value. */
    private static int removedBy(PreparedStatement ps) throws SQLException {
        if (ps.execute()) {
            try (ResultSet rs = ps.getResultSet()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
        return ps.getUpdateCount();
    }
}
