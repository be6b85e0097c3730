package dev.avrr.referral.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.inbox.Inbox;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reads the case, grant and monitoring topics into the inbox; the milestones among their events feed back. */
@ApplicationScoped
public class MilestoneConsumer {

    @Inject
    Inbox inbox;

    @Inject
    Milestones milestones;

    /** Named at start, so that an operator can redrive these consumers' parked events before they receive any. */
    void register(@Observes StartupEvent start) {
        for (String consumer : new String[] { "referral-service.case-events", "referral-service.grant-events",
                "referral-service.monitoring-events" }) {
            inbox.register(consumer, milestones::onEvent);
        }
    }

    @Incoming("case-events")
    @Blocking
    public void caseEvent(String value) {
        inbox.receive("referral-service.case-events", value, milestones::onEvent);
    }

    @Incoming("grant-events")
    @Blocking
    public void grantEvent(String value) {
        inbox.receive("referral-service.grant-events", value, milestones::onEvent);
    }

    @Incoming("monitoring-events")
    @Blocking
    public void monitoringEvent(String value) {
        inbox.receive("referral-service.monitoring-events", value, milestones::onEvent);
    }
}
