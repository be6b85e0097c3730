package dev.avrr.monitoring.returnees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.monitoring.plans.PlanMaker;
import dev.avrr.platform.events.contract.CaseRegistered;
import dev.avrr.platform.events.contract.ReturnCompleted;
import dev.avrr.platform.inbox.Inbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads case-service's topic into the inbox: a registered case becomes a returnee awaiting return; a completed
 * return makes the monitoring plan. Other case events carry nothing monitoring acts on.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    static final String CONSUMER = "monitoring-service.case-events";

    @Inject
    Inbox inbox;

    @Inject
    MonitoredCases cases;

    @Inject
    PlanMaker plans;

    @Incoming("case-events")
    @Blocking
    public void consume(String value) {
        inbox.receive(CONSUMER, value, event -> {
            if (CaseRegistered.TYPE.equals(event.type())) {
                cases.onCaseRegistered(event);
            } else if (ReturnCompleted.TYPE.equals(event.type())) {
                plans.onReturnCompleted(event);
            }
        });
    }
}
