package dev.avrr.monitoring.consent;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.ETags;

// docs/domain.md#voluntary-with-consent (the return happens at the returnee's own request; nothing happens without
// informed consent, which may be withdrawn): a returnee who declines further monitoring has their consent withdrawal recorded, and the plan stops.
@ApplicationScoped
public class ConsentWithdrawalStopsMonitoring {

    @Inject
    EntityManager em;

    @Inject
    MonitoredCases cases;

    @Inject
    PlanItems plans;

    @Inject
    Consents consents;

    /**
     * Records the withdrawal (recipient: the mission of the country of return, which monitors), cancels the open
     * items and ends the monitoring early; the referrer's timeline learns only that it ended early.
     */
    @Transactional
    public PlanItems.Plan withdraw(UUID caseId, String ifMatch, ConsentInput input) {
        MonitoredCase c = cases.scoped(caseId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        ETags.check(ifMatch, c.version);
        cases.move(c, Command.WITHDRAW_CONSENT);
        consents.record(c, ConsentPurpose.MONITORING, "mission:" + c.countryOfReturn, null,
                ConsentDecision.WITHDRAWN, input);
        plans.cancelOpen(c);
        em.flush();
        return new PlanItems.Plan(c, plans.of(caseId));
    }
}
