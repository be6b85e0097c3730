package dev.avrr.grant.caseevents;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.grant.allocation.Allocation;
import dev.avrr.grant.cases.GrantCases;
import dev.avrr.grant.disbursement.PayeeRectifications;
import dev.avrr.grant.subjectrights.GrantAccessPart;
import dev.avrr.grant.subjectrights.GrantErasure;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.ReturnCompleted;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads case-service's topic through the inbox, each event once, and hands it to the feature it concerns (it
 * sits above {@code cases} and {@code allocation}, so neither depends on the other through it). An approval or a completed
 * return may allocate entitlements; the departure and the return decide when money may be paid; a withdrawal or an absconding stops the money; a change of who may see
 * the case (a handover, a consent) is kept for the sharing rule; a traveller's corrected name reaches the payments
 * not yet made to them; a person's access request is answered with grant-service's part; a person's erasure is
 * checked (what stands in the way) and, once released, done. Other case events are recorded in the inbox and change
 * nothing here.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    Events events;

    private static final Subscription CONSUMER = new Subscription("grant-service.case-events", EventTypes.CASE_TOPIC);

    @Inject
    GrantCases cases;

    @Inject
    Allocation allocation;

    @Inject
    PayeeRectifications payees;

    @Inject
    GrantAccessPart accessPart;

    @Inject
    GrantErasure erasure;

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CONSUMER, batch.getRecords(), this::apply);
    }

    /** Named at start, so that an operator can redrive this consumer's parked events before it receives any. */
    void register(@Observes StartupEvent start) {
        inbox.register(CONSUMER, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case CaseRegistered.TYPE -> cases.onRegistered(events.data(event, CaseRegistered.class),
                    events.caseSpecifics(event).programme());
            case CaseApproved.TYPE -> {
                CaseApproved approved = events.data(event, CaseApproved.class);
                CaseSpecifics specifics = events.caseSpecifics(event);
                allocation.onApproved(cases.onApproved(approved, specifics.programme()), specifics);
            }
            case ReturnCompleted.TYPE -> {
                ReturnCompleted returned = events.data(event, ReturnCompleted.class);
                CaseSpecifics specifics = events.caseSpecifics(event);
                allocation.onReturnCompleted(cases.onReturnCompleted(returned, specifics.programme()), specifics);
            }
            case CaseSharingChanged.TYPE -> cases.onSharingChanged(events.data(event, CaseSharingChanged.class));
            case CaseProgressed.DEPARTED -> cases.onDeparted(events.data(event, CaseProgressed.class));
            case CaseProgressed.WITHDRAWN, CaseProgressed.ABSCONDED ->
                cases.onStopped(event.type(), events.data(event, CaseProgressed.class));
            case PersonRectified.TYPE -> payees.onRectified(event);
            case AccessRequested.TYPE -> accessPart.onRequested(event);
            case ErasureRequested.REQUESTED -> erasure.onRequested(event);
            case ErasureRequested.RELEASED -> erasure.onReleased(event);
            default -> {
            }
        }
    }
}
