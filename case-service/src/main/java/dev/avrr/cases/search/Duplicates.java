package dev.avrr.cases.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.HeldIdentifier;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.search.BlindIndex;
import dev.avrr.platform.search.SearchTerms;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.time.Now;

/**
 * Possible duplicates (docs/data-protection.md#search): when a case is registered — from a referral or directly — its
 * applicant is compared, by the hashed terms, with the people of the office's other cases: the same identifier, or
 * the same whole name and date of birth. A match is flagged to the office's caseworker on the new case, who links or
 * dismisses it; the referrer is never told, and no case of another office is ever named.
 */
@ApplicationScoped
public class Duplicates {

    /**
     * At most this many matches of each kind are flagged on one registration: enough to show the caseworker that the
     * person may be known, and a bound on the work when many people share a common name and date of birth.
     */
    static final int MOST = 10;

    @Inject
    EntityManager em;

    @Inject
    BlindIndex blind;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Schema(name = "PossibleDuplicate")
    public record View(UUID otherCaseId, PossibleDuplicate.Reason reason, PossibleDuplicate.Status status,
            OffsetDateTime foundAt, String decidedBy, OffsetDateTime decidedAt) {

        static View of(PossibleDuplicate d) {
            return new View(d.otherCaseId, d.reason, d.status, d.foundAt, d.decidedBy, d.decidedAt);
        }
    }

    /** Flags the office's other cases whose people match the new case's applicant; after its terms are indexed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flag(AvrrCase c) {
        Map<UUID, PossibleDuplicate.Reason> found = new LinkedHashMap<>();
        List<String> identifiers = new ArrayList<>();
        for (HeldIdentifier id : c.details().identifiers()) {
            identifiers.add(blind.hash(SearchTerms.identifier(id.type().name(), id.value())));
        }
        if (!identifiers.isEmpty()) {
            em.createQuery("SELECT t.caseId FROM PersonTerm t, AvrrCase o WHERE o.id = t.caseId "
                    + "AND t.caseId <> :id AND o.office = :office AND t.term IN :terms", UUID.class)
                    .setParameter("id", c.id).setParameter("office", c.office).setParameter("terms", identifiers)
                    .setMaxResults(MOST).getResultList()
                    .forEach(other -> found.putIfAbsent(other, PossibleDuplicate.Reason.IDENTIFIER));
        }
        if (c.applicantDateOfBirth != null) {
            // One member holding both terms; a join rather than a grouping, so that the limit stops the search.
            em.createQuery("SELECT n.caseId FROM PersonTerm n, PersonTerm d, AvrrCase o WHERE n.term = :name "
                    + "AND d.caseId = n.caseId AND d.memberId = n.memberId AND d.term = :born AND o.id = n.caseId "
                    + "AND n.caseId <> :id AND o.office = :office", UUID.class)
                    .setParameter("name", blind.hash(SearchTerms.fullName(c.applicantGivenName, c.applicantFamilyName)))
                    .setParameter("born", blind.hash(SearchTerms.dateOfBirth(c.applicantDateOfBirth)))
                    .setParameter("id", c.id).setParameter("office", c.office).setMaxResults(MOST).getResultList()
                    .forEach(other -> found.putIfAbsent(other, PossibleDuplicate.Reason.NAME_AND_BIRTH));
        }
        OffsetDateTime now = Now.time();
        found.forEach((other, reason) -> {
            PossibleDuplicate d = new PossibleDuplicate();
            d.caseId = c.id;
            d.otherCaseId = other;
            d.reason = reason;
            d.status = PossibleDuplicate.Status.OPEN;
            d.foundAt = now;
            em.persist(d);
        });
        c.openDuplicates = found.size();
    }

    /** The possible duplicates of a case, for its office's caseworker. */
    @Transactional
    public List<View> of(UUID caseId) {
        access.find(caseId, LockModeType.NONE, Audience.CASEWORKER);
        audit.success(AuditTrail.READ, CaseAccess.RESOURCE, caseId);
        return em.createQuery("FROM PossibleDuplicate d WHERE d.caseId = :id ORDER BY d.foundAt, d.otherCaseId",
                PossibleDuplicate.class).setParameter("id", caseId).getResultStream().map(View::of).toList();
    }

    /** Links (the same person) or dismisses an open possible duplicate; noted in the case's history. */
    @Transactional
    public View decide(UUID caseId, UUID otherCaseId, String ifMatch, PossibleDuplicate.Status decision) {
        AvrrCase c = access.forCaseworker(caseId, ifMatch);
        PossibleDuplicate.Key key = new PossibleDuplicate.Key();
        key.caseId = caseId;
        key.otherCaseId = otherCaseId;
        PossibleDuplicate d = em.find(PossibleDuplicate.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw Problems.notFound("possible duplicate");
        }
        if (d.status != PossibleDuplicate.Status.OPEN) {
            throw Problems.stateConflict("possibleDuplicate", d.status.name(), "already " + d.status.name()
                    .toLowerCase());
        }
        d.status = decision;
        d.decidedBy = actor.subject();
        d.decidedAt = Now.time();
        c.openDuplicates = Math.max(0, c.openDuplicates - 1);
        lifecycle.note(c, CaseStep.DUPLICATE_REVIEWED, decision.name() + " " + otherCaseId);
        em.flush();
        return View.of(d);
    }
}
