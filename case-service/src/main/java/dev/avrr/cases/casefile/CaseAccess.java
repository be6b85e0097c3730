package dev.avrr.cases.casefile;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.FactPaths;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.sharing.Viewer;

/**
 * Who may see which case: the platform's {@link SharingRule} (docs/sharing.md) on the facts this case holds. The
 * caseworker: cases of its office. The mission: cases returning to its country, once handed over to it and while
 * the person's consent to share for the return stands. UDI: Norwegian cases submitted to it, while the person's
 * consents to share with UDI and for the return stand. Data protection (admin): any case, for the data subject's
 * export only. Anything else is "not found", and the refusal is audited as NOT_YOURS.
 */
@ApplicationScoped
public class CaseAccess {

    public static final String RESOURCE = "case";

    /** Where {@link AvrrCase} keeps the facts the rule reads, as JPQL on the alias {@code c}. */
    static final FactPaths PATHS = new FactPaths("c.office", "c.countryOfReturn",
            "c.jurisdiction = dev.avrr.cases.casefile.Jurisdiction.NO", "c.handedOverToMissionAt IS NOT NULL",
            "c.returnSharingAllowed = true", "c.udiConsentStanding = true", "c.submittedToUdiAt IS NOT NULL");

    /** A case and the audience the caller sees it as. */
    public record Access(AvrrCase c, Audience audience) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** The case if the caller sees it as one of these audiences (the first that fits); otherwise 404. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Access find(UUID id, LockModeType lock, Audience... audiences) {
        AvrrCase c = em.find(AvrrCase.class, id, lock);
        if (c != null) {
            Optional<Audience> a = audienceOf(c, audiences);
            if (a.isPresent()) {
                return new Access(c, a.get());
            }
        }
        audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
        throw Problems.notFound(RESOURCE);
    }

    /** A case of the caller's office, locked for a change; 412 if {@code ifMatch} is given and stale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AvrrCase forCaseworker(UUID id, String ifMatch) {
        return forChange(id, ifMatch, Audience.CASEWORKER).c();
    }

    /**
     * A case the caller may change as one of these audiences, locked; 412 if {@code ifMatch} is given and stale; 409
     * {@code erased} once its people were erased: nothing new is recorded about them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Access forChange(UUID id, String ifMatch, Audience... audiences) {
        Access a = find(id, LockModeType.PESSIMISTIC_WRITE, audiences);
        if (a.c().erasedAt != null) {
            audit.refused(AuditTrail.UPDATE, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.erased("case", a.c().erasedAt);
        }
        ETags.check(ifMatch, a.c().version);
        return a;
    }

    public boolean sees(AvrrCase c, Audience audience) {
        return SharingRule.sees(Viewer.of(caller), c.sharingFacts(), audience);
    }

    /** The first audience, in the order given, that the caller sees this case as. */
    public Optional<Audience> audienceOf(AvrrCase c, Audience... audiences) {
        return SharingRule.audience(Viewer.of(caller), c.sharingFacts(), audiences);
    }

    /** The cases the caller sees in one audience, as a condition on {@code c}; {@code NONE} when none. */
    public SharingRule.Condition scopeAs(Audience audience) {
        return SharingRule.condition(Viewer.of(caller), PATHS, audience);
    }

    /** The cases the caller may list (as caseworker, mission or UDI), as a condition; empty when none. */
    public Optional<SharingRule.Condition> listScope() {
        SharingRule.Condition condition = SharingRule.condition(Viewer.of(caller), PATHS, Audience.CASEWORKER,
                Audience.MISSION, Audience.UDI);
        return condition.matchesNothing() ? Optional.empty() : Optional.of(condition);
    }
}
