package dev.avrr.monitoring.returnees;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.statemachine.TransitionTable.Transition;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.Programme;

/**
 * The returnees monitoring-service knows of: found within the caller's scope (anything else is "not found",
 * audited), moved through {@link MonitoringTransitions}, with the sanitised milestones announced for the
 * referrer's timeline (Återkoppling, docs/domain.md#the-swedish-route).
 */
@ApplicationScoped
public class MonitoredCases {

    public static final String RESOURCE = "monitored-case";

    @Inject
    EntityManager em;

    @Inject
    Event<HandoverReceived> handovers;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    ReturneeScope scope;

    @Inject
    Outbox outbox;

    /** The filters of the returnee list; null means "any". */
    public record Filter(MonitoringStatus status, Programme programme, String countryOfReturn, LocalDate arrivedFrom,
            LocalDate arrivedTo) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onCaseRegistered(EventEnvelope event) {
        CaseRegistered registered = events.data(event, CaseRegistered.class);
        MonitoredCase c = em.find(MonitoredCase.class, registered.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (c != null && c.registeredAt != null) {
            return;
        }
        if (c == null) {
            c = known(registered.caseId(), registered.office(), registered.countryOfReturn(), registered.jurisdiction());
        }
        c.referralId = registered.referralId();
        c.programme(events.caseSpecifics(event).programme());
        c.registeredAt = registered.registeredAt();
    }

    /**
     * Who may see the case changed (a handover, a consent recorded or withdrawn): the newest facts are kept. The
     * returnee if this announcement withdrew the person's consent to share for the return, so the mission's open
     * work on the case stops; empty otherwise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<MonitoredCase> onSharingChanged(CaseSharingChanged changed) {
        MonitoredCase c = em.find(MonitoredCase.class, changed.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = known(changed.caseId(), changed.office(), changed.countryOfReturn(), changed.jurisdiction());
        }
        boolean shared = c.sharing.shareForReturn;
        boolean handedOver = c.sharing.handedOverToMission;
        boolean applied = c.sharing.apply(changed);
        if (applied && !handedOver && c.sharing.handedOverToMission) {
            handovers.fire(new HandoverReceived(c));
        }
        return applied && shared && !changed.shareForReturn() ? Optional.of(c) : Optional.empty();
    }

    private MonitoredCase known(UUID caseId, String office, String countryOfReturn, String jurisdiction) {
        MonitoredCase c = new MonitoredCase();
        c.caseId = caseId;
        c.office = office;
        c.countryOfReturn = countryOfReturn;
        c.jurisdiction = jurisdiction;
        c.known(Now.time());
        em.persist(c);
        audit.success(AuditTrail.CREATE, RESOURCE, c.caseId);
        return c;
    }

    /**
     * A returnee within the caller's scope, locked as asked (commands lock it for write, so one case's commands
     * run one after the other); any other is "not found", and the refusal is audited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MonitoredCase scoped(UUID caseId, LockModeType lock, String action) {
        scope.requireClaims();
        MonitoredCase c = em.find(MonitoredCase.class, caseId, lock);
        if (c == null || !scope.covers(c)) {
            audit.refused(action, RESOURCE, caseId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("returnee");
        }
        if (lock == LockModeType.PESSIMISTIC_WRITE) {
            requireNotErased(c, action, RESOURCE, caseId);
        }
        return c;
    }

    /**
     * Refuses to record anything new about a returnee whose data were erased (409, guard {@code erased}): what is
     * recorded after an erasure would be a new file on the person.
     */
    public void requireNotErased(MonitoredCase c, String action, String resource, UUID id) {
        if (c.erasedAt != null) {
            audit.refused(action, resource, id, AuditOutcome.REFUSED);
            throw Problems.erased("returnee", c.erasedAt);
        }
    }

    /**
     * The returnee as held, for the service's own work on the person's behalf (their access request): no caller,
     * so no scope; the work that reads it is audited as what it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<MonitoredCase> held(UUID caseId) {
        return Optional.ofNullable(em.find(MonitoredCase.class, caseId));
    }

    @Transactional
    public MonitoredCase read(UUID caseId) {
        MonitoredCase c = scoped(caseId, LockModeType.NONE, AuditTrail.READ);
        audit.success(AuditTrail.READ, RESOURCE, caseId);
        return c;
    }

    /** The returnees within the caller's scope, filtered, latest arrival first. */
    @Transactional
    public Page<MonitoredCase> list(Filter filter, PageRequest page) {
        scope.requireClaims();
        Where where = Where.within(scope.condition("c")).and("c.status = :status", "status", filter.status())
                .and("c.countryOfReturn = :country", "country", filter.countryOfReturn())
                .and("c.arrivalDate >= :arrivedFrom", "arrivedFrom", filter.arrivedFrom())
                .and("c.arrivalDate <= :arrivedTo", "arrivedTo", filter.arrivedTo());
        String order = "ORDER BY c.arrivalDate DESC NULLS LAST, c.knownSince DESC, c.caseId";
        Page<MonitoredCase> found;
        if (filter.programme() == null) {
            found = PagedQuery.select(em, "SELECT c", "FROM MonitoredCase c" + where.clause(), order,
                    where.parameters(), page, MonitoredCase.class);
        } else {
            // The programme is protected at rest, so it cannot be a condition in SQL: the returnees in scope are
            // read, the programme compared once opened, and the page cut from what matched.
            TypedQuery<MonitoredCase> query = em.createQuery("SELECT c FROM MonitoredCase c" + where.clause() + " "
                    + order, MonitoredCase.class);
            where.parameters().forEach(query::setParameter);
            List<MonitoredCase> matching = query.getResultList().stream()
                    .filter(c -> c.programme() == filter.programme()).toList();
            found = new Page<>(new ArrayList<>(matching.subList(Math.min(page.offset(), matching.size()),
                    Math.min(page.offset() + page.size(), matching.size()))), page.page(), page.size(),
                    matching.size());
        }
        audit.successAll(AuditTrail.READ, RESOURCE, found.items().stream().map(c -> c.caseId).toList());
        return found;
    }

    /**
     * Applies the caller's command to a returnee's monitoring: 409 in the wrong state, 403 for the wrong role.
     * The returnee's version moves on, so its ETag changes with every command.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Transition<MonitoringStatus, Command> move(MonitoredCase c, Command command) {
        Transition<MonitoringStatus, Command> transition = MonitoringTransitions.TABLE.apply(command, c.status(),
                scope.rolesFor(c));
        em.lock(c, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return take(c, transition);
    }

    /** Applies a command the service makes itself (the plan starts, the plan completes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Transition<MonitoringStatus, Command> moveAsSystem(MonitoredCase c, Command command) {
        return take(c, MonitoringTransitions.TABLE.apply(command, c.status(), Set.of(TransitionTable.SYSTEM)));
    }

    /** Announces a contact made: the fact and its time, nothing of what it found. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceContact(MonitoredCase c) {
        milestone(c, MonitoringMilestone.CONTACT_MADE, Now.time());
    }

    private Transition<MonitoringStatus, Command> take(MonitoredCase c,
            Transition<MonitoringStatus, Command> transition) {
        OffsetDateTime now = Now.time();
        c.take(transition, now);
        switch (transition.command()) {
            case START -> milestone(c, MonitoringMilestone.STARTED, now);
            case COMPLETE -> milestone(c, MonitoringMilestone.COMPLETED, now);
            case WITHDRAW_CONSENT -> milestone(c, MonitoringMilestone.ENDED_EARLY, now);
            default -> {
            }
        }
        audit.success(AuditTrail.UPDATE, RESOURCE, c.caseId);
        return transition;
    }

    private void milestone(MonitoredCase c, String type, OffsetDateTime at) {
        String key = c.caseId.toString();
        outbox.add(key, events.create(type, key, new MonitoringMilestone(c.caseId, at)));
    }
}
