package dev.avrr.cases.serviceevents;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.cases.assessment.ApprovedPlans;
import dev.avrr.cases.export.DataProtectionRequests;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.inbox.Inbox;
import dev.avrr.platform.inbox.Subscription;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Reads grant-service's and monitoring-service's topics through the inbox, each event once, for what case-service
 * takes from them: the reintegration plans grant-service approved (travel waits for one), and their parts of the
 * access requests and their answers to the erasures recorded here. Other types change nothing here
 * (referral-service's part comes with the referral events).
 */
@ApplicationScoped
public class GrantAndMonitoringEvents {

    private static final Subscription GRANT = new Subscription("case-service.grant-events", EventTypes.GRANT_TOPIC);
    private static final Subscription MONITORING = new Subscription("case-service.monitoring-events",
            EventTypes.MONITORING_TOPIC);

    @Inject
    Inbox inbox;

    @Inject
    DataProtectionRequests requests;

    @Inject
    ApprovedPlans plans;

    @Incoming("grant-events")
    @Blocking
    public CompletionStage<Void> grant(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(GRANT, batch.getRecords(), this::apply);
    }

    @Incoming("monitoring-events")
    @Blocking
    public CompletionStage<Void> monitoring(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveBatch(MONITORING, batch.getRecords(), this::apply);
    }

    /** Named at start, so that an operator can redrive these consumers' parked events before they receive any. */
    void register(@Observes StartupEvent start) {
        inbox.register(GRANT, this::apply);
        inbox.register(MONITORING, this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case AccessPartAssembled.GRANT, AccessPartAssembled.MONITORING -> requests.onPart(event);
            case ErasureAnswered.GRANT, ErasureAnswered.MONITORING -> requests.onErasureAnswer(event);
            case ReintegrationPlanApproved.TYPE -> plans.onApproved(event);
            default -> {
            }
        }
    }
}
