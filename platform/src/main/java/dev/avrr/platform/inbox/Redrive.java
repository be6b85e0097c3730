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
import dev.avrr.platform.faults.EventRejectedException;
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

    /**
     * What a redrive did: events applied (or found applied before), events parked again, and events still waiting
     * (held) behind an event that is parked or held.
     */
    @Schema(name = "RedriveOutcome")
    public record Outcome(int applied, int parkedAgain, int stillHeld) {

        Outcome plus(Outcome other) {
            return new Outcome(applied + other.applied, parkedAgain + other.parkedAgain, stillHeld + other.stillHeld);
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
        Outcome total = new Outcome(0, 0, 0);
        for (Entry entry : parked.parked(subject)) {
            // An earlier redrive of this round may have held it behind an event parked again: it waits its turn.
            if (parked.find(entry.consumer(), entry.eventId()).filter(e -> e.status() == Status.PARKED).isPresent()) {
                total = total.plus(one(entry.consumer(), entry.eventId()));
            }
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

    /**
     * Applies the queue in order. An entry is marked redriven only once it took effect (or had before): an event
     * refused again stays parked with its new reason, one that finds an earlier event of its subject still open is
     * held behind it, and a failure of the service (the consumer not running) leaves it as it was. The rest of the
     * queue then waits.
     */
    private Outcome run(List<Entry> queue) {
        int applied = 0;
        for (int i = 0; i < queue.size(); i++) {
            Entry entry = queue.get(i);
            audit.success(AuditTrail.UPDATE, RESOURCE, entry.eventId());
            Inbox.Outcome outcome;
            try {
                // As the consumer runs it: on a thread of its own, as the system, not as the operator's request.
                outcome = CompletableFuture.supplyAsync(() -> inbox.redrive(entry.consumer(), entry.value()),
                        CONSUMER_THREADS).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof EventRejectedException) {
                    LOG.warnf("Redriven event %s of %s was parked again", entry.eventId(), entry.consumer());
                    return new Outcome(applied, 1, queue.size() - i - 1);
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            if (outcome == Inbox.Outcome.HELD) {
                return new Outcome(applied, 0, queue.size() - i);
            }
            parked.resolve(entry, Status.REDRIVEN, caller.subject(), "redriven");
            applied++;
        }
        return new Outcome(applied, 0, 0);
    }
}
