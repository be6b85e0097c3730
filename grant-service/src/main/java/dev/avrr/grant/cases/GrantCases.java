package dev.avrr.grant.cases;

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

/** The cases grant-service knows of. */
@ApplicationScoped
public class GrantCases {

    static final String RESOURCE = "grant-case";

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseRegistered(EventEnvelope event) {
        CaseRegistered registered = events.data(event, CaseRegistered.class);
        if (em.find(GrantCase.class, registered.caseId()) != null) {
            return;
        }
        GrantCase c = new GrantCase();
        c.caseId = registered.caseId();
        c.office = registered.office();
        c.countryOfReturn = registered.countryOfReturn();
        c.registeredAt = registered.registeredAt();
        c.knownSince = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(c);
    }

    @Transactional
    public GrantCase read(UUID caseId) {
        GrantCase c = em.find(GrantCase.class, caseId);
        if (c == null) {
            audit.refused(AuditTrail.READ, RESOURCE, caseId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("case");
        }
        audit.success(AuditTrail.READ, RESOURCE, caseId);
        return c;
    }
}
