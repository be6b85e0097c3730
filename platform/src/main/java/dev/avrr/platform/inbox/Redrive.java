package dev.avrr.platform.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.inbox.ParkedEvents.Entry;
import dev.avrr.platform.inbox.ParkedEvents.Status;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;

/**
 * An operator's way out for a parked event: redrive it (apply it again, once, through the inbox — after the cause
 * was fixed) or discard it with a reason; either way the events held behind it follow, in the order they arrived,
 * until one of them is parked in turn. Every step is audited.
 */
@ApplicationScoped
public class Redrive {

    public static final String RESOURCE = "parked-event";
    private static final ExecutorService CONSUMER_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "redrive");
        t.setDaemon(true);
        return t;
    });
    private static final Logger LOG = Logger.getLogger(Redrive.class);

    /** What a redrive did: events applied (or found applied before), events parked again. */
    @Schema(name = "RedriveOutcome")
    public record Outcome(int applied, int parkedAgain) {

        Outcome plus(Outcome other) {
            return new Outcome(applied + other.applied, parkedAgain + other.parkedAgain);
        }
    }

    @Inject
    ParkedEvents parked;

    @Inject
    Inbox inbox;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** Redrives one parked event, then the events of its subject held behind it. */
    public Outcome one(String consumer, UUID eventId) {
        Entry entry = parkedEntry(consumer, eventId);
        List<Entry> queue = new ArrayList<>();
        queue.add(entry);
        queue.addAll(parked.heldBehind(consumer, entry.subject()));
        return run(queue);
    }

    /** Redrives every parked event, oldest first, each followed by what it held; of one subject if given. */
    public Outcome all(String subject) {
        Outcome total = new Outcome(0, 0);
        for (Entry entry : parked.parked(subject)) {
            total = total.plus(one(entry.consumer(), entry.eventId()));
        }
        return total;
    }

    /** Discards a parked event with the operator's reason; the events held behind it then follow. */
    public Outcome discard(String consumer, UUID eventId, String reason) {
        Entry entry = parkedEntry(consumer, eventId);
        parked.resolve(entry, Status.DISCARDED, caller.subject(), reason);
        audit.success(AuditTrail.UPDATE, RESOURCE, eventId);
        LOG.warnf("Parked event %s of %s discarded", eventId, consumer);
        return run(parked.heldBehind(consumer, entry.subject()));
    }

    private Entry parkedEntry(String consumer, UUID eventId) {
        Entry entry = parked.find(consumer, eventId).orElseThrow(() -> Problems.notFound(RESOURCE));
        if (entry.status() != Status.PARKED) {
            throw Problems.stateConflict(RESOURCE, entry.status().name(),
                    "only a parked event is redriven or discarded; a held one follows the event it waits for");
        }
        return entry;
    }

    private Outcome run(List<Entry> queue) {
        int applied = 0;
        for (Entry entry : queue) {
            parked.resolve(entry, Status.REDRIVEN, caller.subject(), "redriven");
            audit.success(AuditTrail.UPDATE, RESOURCE, entry.eventId());
            try {
                // As the consumer runs it: on a thread of its own, as the system, not as the operator's request.
                CompletableFuture.supplyAsync(() -> inbox.redrive(entry.consumer(), entry.value()), CONSUMER_THREADS)
                        .join();
                applied++;
            } catch (CompletionException e) {
                if (e.getCause() instanceof EventRejectedException) {
                    LOG.warnf("Redriven event %s of %s was parked again", entry.eventId(), entry.consumer());
                    return new Outcome(applied, 1);
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return new Outcome(applied, 0);
    }
}
