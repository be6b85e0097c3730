package dev.avrr.platform.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends a service's due webhook deliveries: claims a batch (a lease, so two instances never send one at once), then
 * for each one prepares the request in a transaction (the service decides whether it is still to be sent, and
 * signs it at the time of sending), POSTs it outside any transaction through the {@link WebhookSender}, and
 * records the outcome in another. Each service names its table and says how to prepare and record.
 */
public abstract class WebhookDeliveries<D extends WebhookDeliveryRecord> {

    @Inject
    protected EntityManager em;

    private final Class<D> type;
    private final String table;
    private volatile WebhookSender sender;

    /** For the service's delivery entity and its table. */
    protected WebhookDeliveries(Class<D> type, String table) {
        this.type = type;
        this.table = table;
    }

    protected abstract WebhookSending config();

    /** In a transaction: the request for this pending delivery, or null if it is no longer to be sent. */
    protected abstract WebhookSender.Request prepare(D delivery);

    /** In a transaction: what the attempt got. */
    protected abstract void record(D delivery, WebhookSender.Outcome outcome);

    /** Sends every delivery due now; the service's scheduled job calls it. */
    public void deliverDue() {
        for (UUID id : claimDue()) {
            deliver(id);
        }
    }

    /** Sends one claimed delivery and records the attempt. */
    public void deliver(UUID id) {
        WebhookSender.Request request = QuarkusTransaction.requiringNew().call(() -> {
            D d = em.find(type, id);
            return d == null || d.status != DeliveryStatus.PENDING ? null : prepare(d);
        });
        if (request == null) {
            return;
        }
        WebhookSender.Outcome outcome = sender().send(request);
        QuarkusTransaction.requiringNew().run(() -> record(em.find(type, id), outcome));
    }

    @SuppressWarnings("unchecked")
    List<UUID> claimDue() {
        // RETURNING keeps no order: the claimed rows are sent oldest first, as they were queued.
        OffsetDateTime now = OffsetDateTime.now();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "WITH due AS (SELECT id, next_attempt_at, created_at FROM " + table + " WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= :now ORDER BY next_attempt_at, created_at LIMIT :batch "
                        + "FOR UPDATE SKIP LOCKED), claimed AS (UPDATE " + table + " d SET next_attempt_at = :lease "
                        + "FROM due WHERE d.id = due.id RETURNING d.id, due.next_attempt_at, due.created_at) "
                        + "SELECT id FROM claimed ORDER BY next_attempt_at, created_at", UUID.class)
                .setParameter("now", now).setParameter("lease", now.plus(config().lease()))
                .setParameter("batch", config().batchSize()).getResultList());
    }

    private WebhookSender sender() {
        if (sender == null) {
            synchronized (this) {
                if (sender == null) {
                    sender = new WebhookSender(config().sending());
                }
            }
        }
        return sender;
    }
}
