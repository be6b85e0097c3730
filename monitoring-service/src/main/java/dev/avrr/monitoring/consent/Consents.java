package dev.avrr.monitoring.consent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;

/** The consent decisions monitoring records, per purpose and recipient, with who took them. */
@ApplicationScoped
public class Consents {

    public static final String RESOURCE = "monitoring-consent";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MonitoredCases cases;

    @Inject
    AuditTrail audit;

    /** Records a decision in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConsentRecord record(MonitoredCase c, ConsentPurpose purpose, String recipient, UUID feedbackId,
            ConsentDecision decision, ConsentInput input) {
        ConsentRecord r = new ConsentRecord();
        r.caseId = c.caseId;
        r.purpose = purpose;
        r.recipient = recipient;
        r.feedbackId = feedbackId;
        r.decision = decision;
        r.declaredOn = input.declaredOn();
        r.language = input.language();
        r.takenBy = caller.subject();
        r.takenByOrg = caller.org().orElse(null);
        r.recordedAt = Now.time();
        em.persist(r);
        audit.success(AuditTrail.CREATE, RESOURCE, c.caseId);
        return r;
    }

    /** The recipients whose latest decision for this piece of feedback and purpose is a consent given. */
    public Set<String> standing(UUID feedbackId, ConsentPurpose purpose) {
        Map<String, ConsentDecision> latest = new HashMap<>();
        em.createQuery("SELECT r FROM ConsentRecord r WHERE r.feedbackId = :f AND r.purpose = :p ORDER BY r.id",
                ConsentRecord.class).setParameter("f", feedbackId).setParameter("p", purpose).getResultList()
                .forEach(r -> latest.put(r.recipient, r.decision));
        Set<String> standing = new TreeSet<>();
        latest.forEach((recipient, decision) -> {
            if (decision == ConsentDecision.GIVEN) {
                standing.add(recipient);
            }
        });
        return standing;
    }

    /** A returnee's consent decisions, in the order they were recorded. */
    @Transactional
    public List<ConsentRecord> of(UUID caseId) {
        cases.scoped(caseId, LockModeType.NONE, AuditTrail.READ);
        audit.success(AuditTrail.READ, RESOURCE, caseId);
        return recorded(caseId);
    }

    /**
     * A returnee's consent decisions, in the order they were recorded: for the person's own access request, which is
     * audited as an export, not read by a caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConsentView> heldFor(UUID caseId) {
        return recorded(caseId).stream().map(ConsentView::of).toList();
    }

    private List<ConsentRecord> recorded(UUID caseId) {
        return em.createQuery("SELECT r FROM ConsentRecord r WHERE r.caseId = :id ORDER BY r.id", ConsentRecord.class)
                .setParameter("id", caseId).getResultList();
    }
}
