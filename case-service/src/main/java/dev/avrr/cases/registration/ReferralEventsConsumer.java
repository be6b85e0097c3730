package dev.avrr.cases.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.events.contract.ReferralAccepted;
import dev.avrr.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reads referral-service's topic; an accepted referral becomes a case, exactly once. */
@ApplicationScoped
public class ReferralEventsConsumer {

    static final String CONSUMER = "case-service.referral-events";

    @Inject
    Inbox inbox;

    @Inject
    CaseRegistration registration;

    @Incoming("referral-events")
    @Blocking
    public void consume(String value) {
        inbox.receive(CONSUMER, value, event -> {
            if (ReferralAccepted.TYPE.equals(event.type())) {
                registration.onReferralAccepted(event);
            }
        });
    }
}
