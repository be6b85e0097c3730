package dev.avrr.platform.protection;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Completes a rotation of the service's master key (docs/deployment.md#backups-and-the-keys-of-the-people): every
 * {@code avrr.at-rest.rewrap-every} (1 h; {@code off} to stop it) it wraps the subject keys still wrapped by an older
 * master key with the active one, a batch per transaction, until none is left; then it seals again the values still
 * sealed with an older key of the service, or held in an older form ({@link Resealing}).
 */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    private static final int BATCH = 500;

    @Inject
    AtRestConfig config;

    @Inject
    SubjectKeys keys;

    @Inject
    Resealing resealing;

    @Scheduled(every = "${avrr.at-rest.rewrap-every:1h}", delay = 90, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.activeKeyId().filter(id -> !id.isBlank()).isPresent()) {
            run();
        }
    }

    /**
     * Wraps every outdated subject key with the active master key, then seals again every value of an older form;
     * how many keys were wrapped.
     */
    public int run() {
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> keys.rewrap(BATCH));
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            LOG.infof("Wrapped %d subject keys with the active master key", total);
        }
        resealing.run();
        return total;
    }
}
