package dev.avrr.referral.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reads the case, grant and monitoring topics into the inbox; the milestones among their events feed back. */
@ApplicationScoped
public class MilestoneConsumer {

    @Inject
    Inbox inbox;

    @Inject
    Milestones milestones;

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
