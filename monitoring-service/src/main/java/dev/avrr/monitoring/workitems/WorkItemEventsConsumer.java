package dev.avrr.monitoring.workitems;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads referral- and grant-service's topics into the inbox for one event only: a new item on an IOM office's or
 * a mission's work queue there, which becomes a notification for the subscribers who do that work
 * (docs/work-queues.md). Every other event on these topics is read and skipped: monitoring keeps nothing of them.
 * case-service's items arrive with its other events (see the case events consumer).
 */
@ApplicationScoped
public class WorkItemEventsConsumer {

    static final Subscription REFERRAL = new Subscription("monitoring-service.referral-events",
            EventTypes.REFERRAL_TOPIC);
    static final Subscription GRANT = new Subscription("monitoring-service.grant-events", EventTypes.GRANT_TOPIC);

    @Inject
    Inbox inbox;

    @Inject
    Notifications notifications;

    @Inject
    Events events;

    @Incoming("referral-events")
    @Blocking
    public CompletionStage<Void> consumeReferralEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(REFERRAL, batch.getRecords(), this::apply);
    }

    @Incoming("grant-events")
    @Blocking
    public CompletionStage<Void> consumeGrantEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(GRANT, batch.getRecords(), this::apply);
    }

    /** Named at start, so that an operator can redrive these consumers' parked events before they receive any. */
    void register(@Observes StartupEvent start) {
        inbox.register(REFERRAL, this::apply);
        inbox.register(GRANT, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case WorkItemOpened.REFERRAL, WorkItemOpened.GRANT -> notifications
                    .workItemOpened(events.data(event, WorkItemOpened.class));
            default -> {
            }
        }
    }
}
