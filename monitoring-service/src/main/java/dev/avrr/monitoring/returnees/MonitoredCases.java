package dev.avrr.monitoring.returnees;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.contract.CaseRegistered;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.security.Roles;

/** The returnees monitoring-service knows of; a mission sees only those of its own country. */
@ApplicationScoped
public class MonitoredCases {

    static final String RESOURCE = "monitored-case";

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseRegistered(EventEnvelope event) {
        CaseRegistered registered = events.data(event, CaseRegistered.class);
        if (em.find(MonitoredCase.class, registered.caseId()) != null) {
            return;
        }
        MonitoredCase c = new MonitoredCase();
        c.caseId = registered.caseId();
        c.office = registered.office();
        c.countryOfReturn = registered.countryOfReturn();
        c.status = MonitoredCase.Status.AWAITING_RETURN;
        c.registeredAt = registered.registeredAt();
        c.knownSince = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(c);
    }

    /** A mission reads only returnees of the country in its token; any other case is "not found". */
    @Transactional
    public MonitoredCase read(UUID caseId) {
        if (caller.hasRole(Roles.MISSION) && !caller.hasRole(Roles.CASEWORKER) && caller.country().isEmpty()) {
            throw Problems.forbidden("A mission token must carry the 'country' claim");
        }
        MonitoredCase c = em.find(MonitoredCase.class, caseId);
        boolean visible = c != null && (caller.hasRole(Roles.CASEWORKER)
                || caller.country().filter(c.countryOfReturn::equals).isPresent());
        if (!visible) {
            audit.refused(AuditTrail.READ, RESOURCE, caseId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("returnee");
        }
        audit.success(AuditTrail.READ, RESOURCE, caseId);
        return c;
    }
}
