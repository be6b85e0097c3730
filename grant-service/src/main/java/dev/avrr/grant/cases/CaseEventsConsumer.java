package dev.avrr.grant.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.events.contract.CaseRegistered;
import dev.avrr.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reads case-service's topic into the inbox. */
@ApplicationScoped
public class CaseEventsConsumer {

    @Inject
    Inbox inbox;

    @Inject
    GrantCases cases;

    @Incoming("case-events")
    @Blocking
    public void consume(String value) {
        inbox.receive("grant-service.case-events", value, event -> {
            if (CaseRegistered.TYPE.equals(event.type())) {
                cases.onCaseRegistered(event);
            }
        });
    }
}
