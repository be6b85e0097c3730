package dev.avrr.referral.feedback;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Reads the case, grant and monitoring topics into the inbox; the milestones among their events feed back. */
@ApplicationScoped
public class MilestoneConsumer {

    @Inject
    Inbox inbox;

    @Inject
    Milestones milestones;

    static final Subscription CASE_EVENTS = new Subscription("referral-service.case-events", EventTypes.CASE_TOPIC);
    static final Subscription GRANT_EVENTS = new Subscription("referral-service.grant-events",
            EventTypes.GRANT_TOPIC);
    static final Subscription MONITORING_EVENTS = new Subscription("referral-service.monitoring-events",
            EventTypes.MONITORING_TOPIC);

    /** Named at start, so that an operator can redrive these consumers' parked events before they receive any. */
    void register(@Observes StartupEvent start) {
        for (Subscription subscription : new Subscription[] { CASE_EVENTS, GRANT_EVENTS, MONITORING_EVENTS }) {
            inbox.register(subscription, milestones::onEvent);
        }
    }

    @Incoming("case-events")
    @Blocking
    public CompletionStage<Void> caseEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(CASE_EVENTS, batch.getRecords(), milestones::onEvent);
    }

    @Incoming("grant-events")
    @Blocking
    public CompletionStage<Void> grantEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(GRANT_EVENTS, batch.getRecords(), milestones::onEvent);
    }

    @Incoming("monitoring-events")
    @Blocking
    public CompletionStage<Void> monitoringEvent(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(MONITORING_EVENTS, batch.getRecords(), milestones::onEvent);
    }
}
