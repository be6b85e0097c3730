package dev.avrr.monitoring.caseevents;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.monitoring.plans.PlanMaker;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.subjectrights.MonitoringAccessPart;
import dev.avrr.monitoring.subjectrights.MonitoringErasure;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads case-service's topic into the inbox, and hands each event to the feature it concerns (it sits above
 * {@code returnees} and {@code plans}, so neither depends on the other's consumer): a registered case becomes a returnee awaiting return; a completed
 * return makes the monitoring plan; a change of who may see the case is kept for the sharing rule, and a
 * withdrawal of the person's consent to share for the return cancels the mission's open items; a case blocked on a
 * travel gate is notified to its office's subscribers; a person's access request is answered with monitoring's
 * part; a person's erasure is checked (what stands in the way) and, once released, done. Other case events carry
 * nothing monitoring acts on.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final Subscription CONSUMER = new Subscription("monitoring-service.case-events", EventTypes.CASE_TOPIC);

    @Inject
    Inbox inbox;

    @Inject
    MonitoredCases cases;

    @Inject
    PlanMaker plans;

    @Inject
    PlanItems items;

    @Inject
    Events events;

    @Inject
    Notifications notifications;

    @Inject
    MonitoringAccessPart accessPart;

    @Inject
    MonitoringErasure erasure;

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
            case CaseRegistered.TYPE -> cases.onCaseRegistered(event);
            case ReturnCompleted.TYPE -> plans.onReturnCompleted(event);
            case CaseSharingChanged.TYPE -> cases.onSharingChanged(events.data(event, CaseSharingChanged.class))
                    .ifPresent(items::cancelOpenAsSystem);
            case WorkItemOpened.CASE -> notifications.workItemOpened(events.data(event, WorkItemOpened.class));
            case AccessRequested.TYPE -> accessPart.onRequested(event);
            case ErasureRequested.REQUESTED -> erasure.onRequested(event);
            case ErasureRequested.RELEASED -> erasure.onReleased(event);
            default -> {
            }
        }
    }
}
