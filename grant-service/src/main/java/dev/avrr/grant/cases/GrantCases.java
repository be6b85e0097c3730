package dev.avrr.grant.cases;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReturnCompleted;

/**
 * The cases grant-service knows of, kept from case-service's events in whatever order they come: each event
 * carries the office and the country of return, so the first one that arrives makes the case known.
 */
@ApplicationScoped
public class GrantCases {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public GrantCase onRegistered(CaseRegistered registered, Programme programme) {
        GrantCase c = known(registered.caseId(), registered.office(), registered.countryOfReturn(),
                registered.jurisdiction(), programme);
        if (c.registeredAt == null) {
            c.registeredAt = registered.registeredAt();
        }
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public GrantCase onApproved(CaseApproved approved, Programme programme) {
        GrantCase c = known(approved.caseId(), approved.office(), approved.countryOfReturn(), approved.jurisdiction(),
                programme);
        if (c.approvedAt == null) {
            c.approvedAt = approved.approvedAt();
            c.appliedBeforeDeadline = approved.appliedBeforeDepartureDeadline();
        }
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public GrantCase onReturnCompleted(ReturnCompleted returned, Programme programme) {
        GrantCase c = known(returned.caseId(), returned.office(), returned.countryOfReturn(), returned.jurisdiction(),
                programme);
        if (c.returnedOn == null) {
            c.returnedOn = returned.arrivalDate();
        }
        return c;
    }

    /** The case's people departed: subsistence may be paid from now on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDeparted(CaseProgressed progressed) {
        GrantCase c = known(progressed.caseId(), progressed.office(), progressed.countryOfReturn(), null, null);
        if (c.departedOn == null) {
            c.departedOn = progressed.date() != null ? progressed.date() : progressed.at().toLocalDate();
        }
    }

    /** A withdrawn case, or one whose returnee absconded, stops: no more money moves on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onStopped(String type, CaseProgressed progressed) {
        GrantCase c = known(progressed.caseId(), progressed.office(), progressed.countryOfReturn(), null, null);
        if (c.stoppedAs == null) {
            c.stoppedAs = CaseProgressed.WITHDRAWN.equals(type) ? "WITHDRAWN" : "ABSCONDED";
            c.stoppedAt = progressed.at();
        }
    }

    /** Who may see the case changed (a handover, a consent recorded or withdrawn): the newest facts are kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSharingChanged(CaseSharingChanged changed) {
        GrantCase c = known(changed.caseId(), changed.office(), changed.countryOfReturn(), changed.jurisdiction(),
                null);
        c.sharing.apply(changed);
    }

    private GrantCase known(UUID caseId, String office, String countryOfReturn, String jurisdiction,
            Programme programme) {
        GrantCase c = em.find(GrantCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new GrantCase();
            c.caseId = caseId;
            c.office = office;
            c.countryOfReturn = countryOfReturn;
            c.knownSince = Now.time();
            em.persist(c);
        }
        if (c.jurisdiction == null) {
            c.jurisdiction = jurisdiction;
        }
        if (c.programme() == null) {
            c.programme(programme);
        }
        return c;
    }
}
