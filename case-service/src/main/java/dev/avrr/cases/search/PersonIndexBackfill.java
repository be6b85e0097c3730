package dev.avrr.cases.search;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.search.BlindIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Indexes, in the background and in batches, the cases whose terms were not hashed under the active at-rest key: the
 * cases registered before search existed, and every case after a key rotation. Each batch locks its cases and skips
 * those another instance holds.
 */
@ApplicationScoped
public class PersonIndexBackfill {

    private static final Logger LOG = Logger.getLogger(PersonIndexBackfill.class);
    static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    PersonIndex index;

    @Inject
    BlindIndex blind;

    @Scheduled(every = "${avrr.search.backfill-every:60s}", delay = 30, delayUnit = java.util.concurrent.TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (run() == BATCH) {
                // another batch
            }
        } catch (RuntimeException e) {
            LOG.warnf("Search index not completed now: %s", EventRejectedException.safeReason(e));
        }
    }

    /** Indexes one batch of the cases not indexed under the active key; how many it indexed. */
    public int run() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> ids = em.createNativeQuery("SELECT id FROM avrr_case WHERE erased_at IS NULL "
                    + "AND (search_key_id IS NULL OR search_key_id <> :key) LIMIT :batch FOR UPDATE SKIP LOCKED",
                    UUID.class).setParameter("key", blind.keyId()).setParameter("batch", BATCH).getResultList();
            List<AvrrCase> due = ids.stream().map(id -> em.find(AvrrCase.class, id)).toList();
            due.forEach(index::refresh);
            return due.size();
        });
    }
}
