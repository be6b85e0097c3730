package dev.avrr.cases.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import dev.avrr.platform.security.Roles;

/**
 * Who may see which case (ARCHITECTURE.md, security; issue 4, views per role). The caseworker: cases of its
 * office (office = org claim). The mission: cases whose country of return is its country claim, from departure
 * on, while the person's consent to share for the return stands. UDI: Norwegian cases submitted to it, while the
 * person's consents to share with UDI and for the return stand. Data protection (admin): any case, for the data subject's export
 * only. Anything else is "not found", and the refusal is audited as NOT_YOURS.
 */
@ApplicationScoped
public class CaseAccess {

    public static final String RESOURCE = "case";

    /** The ways a caller can see a case, each with its own view. */
    public enum Audience {
        CASEWORKER, UDI, MISSION, DATA_PROTECTION
    }

    /** A case and the audience the caller sees it as. */
    public record Access(AvrrCase c, Audience audience) {
    }

    /** A JPQL condition on {@code c} for the cases the caller may list, with its parameters. */
    public record Scope(String condition, Map<String, Object> parameters) {
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
            for (Audience a : audiences) {
                if (sees(c, a)) {
                    return new Access(c, a);
                }
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

    /** A case the caller may change as one of these audiences, locked; 412 if {@code ifMatch} is given and stale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Access forChange(UUID id, String ifMatch, Audience... audiences) {
        Access a = find(id, LockModeType.PESSIMISTIC_WRITE, audiences);
        ETags.check(ifMatch, a.c().version);
        return a;
    }

    public boolean sees(AvrrCase c, Audience audience) {
        return switch (audience) {
            case CASEWORKER -> caller.hasRole(Roles.CASEWORKER) && caller.org().filter(c.office::equals).isPresent();
            case MISSION -> caller.hasRole(Roles.MISSION) && c.departedOn != null && c.returnSharingAllowed
                    && caller.country().filter(c.countryOfReturn::equals).isPresent();
            case UDI -> caller.hasRole(Roles.UDI) && c.jurisdiction == Jurisdiction.NO && c.submittedToUdiAt != null
                    && c.udiConsentStanding && c.returnSharingAllowed;
            case DATA_PROTECTION -> caller.hasRole(Roles.ADMIN);
        };
    }

    /** The first audience, in the order given, that the caller sees this case as. */
    public Optional<Audience> audienceOf(AvrrCase c, Audience... audiences) {
        for (Audience a : audiences) {
            if (sees(c, a)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The cases the caller may list, as a condition; empty when the caller may list none. */
    public Optional<Scope> listScope() {
        List<String> scopes = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (caller.hasRole(Roles.CASEWORKER) && caller.org().isPresent()) {
            scopes.add("c.office = :office");
            params.put("office", caller.org().get());
        }
        if (caller.hasRole(Roles.MISSION) && caller.country().isPresent()) {
            scopes.add("(c.countryOfReturn = :missionCountry AND c.departedOn IS NOT NULL AND c.returnSharingAllowed = true)");
            params.put("missionCountry", caller.country().get());
        }
        if (caller.hasRole(Roles.UDI)) {
            scopes.add("(c.jurisdiction = :norway AND c.submittedToUdiAt IS NOT NULL AND c.udiConsentStanding = true"
                    + " AND c.returnSharingAllowed = true)");
            params.put("norway", Jurisdiction.NO);
        }
        return scopes.isEmpty() ? Optional.empty()
                : Optional.of(new Scope("(" + String.join(" OR ", scopes) + ")", params));
    }
}
