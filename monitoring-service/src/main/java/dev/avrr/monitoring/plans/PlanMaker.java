package dev.avrr.monitoring.plans;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringStatus;
import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.monitoring.returnees.ReturneeCategory;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.ReturnCompleted;

/**
 * Makes a returnee's monitoring plan when case-service reports the return: exactly once per case, however often
 * the event (or another event of the same return) arrives, and also for a case never heard of before.
 */
@ApplicationScoped
public class PlanMaker {

    private static final Logger LOG = Logger.getLogger(PlanMaker.class);

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    MonitoredCases cases;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReturnCompleted(EventEnvelope event) {
        ReturnCompleted returned = events.data(event, ReturnCompleted.class);
        CaseSpecifics specifics = events.caseSpecifics(event);
        if (specifics.household() == null || specifics.household().isEmpty()) {
            throw new EventRejectedException("The return of case " + returned.caseId() + " carries no household");
        }
        OffsetDateTime now = Now.time();
        MonitoredCase c = em.find(MonitoredCase.class, returned.caseId(), LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new MonitoredCase();
            c.caseId = returned.caseId();
            c.known(now);
            describe(c, returned, specifics);
            em.persist(c);
        } else if (c.status() != MonitoringStatus.AWAITING_RETURN) {
            LOG.debugf("Case %s already has its monitoring plan; event %s changes nothing", c.caseId, event.id());
            return;
        } else {
            describe(c, returned, specifics);
        }
        MonitoringSchedule schedule = FollowUpSchedule.choose(
                em.createQuery("SELECT s FROM MonitoringSchedule s", MonitoringSchedule.class).getResultList(),
                c.programme(), returned.arrivalDate())
                .orElseThrow(() -> new IllegalStateException("No follow-up schedule (not even DEFAULT) is valid on "
                        + returned.arrivalDate()));
        List<ScheduleItem> scheduleItems = em.createQuery(
                "SELECT i FROM ScheduleItem i WHERE i.scheduleId = :id", ScheduleItem.class)
                .setParameter("id", schedule.id).getResultList();
        c.scheduleId = String.valueOf(schedule.id);
        for (FollowUpSchedule.Due due : FollowUpSchedule.items(scheduleItems, returned.arrivalDate())) {
            PlanItem item = new PlanItem();
            item.id = UUID.randomUUID();
            item.caseId = c.caseId;
            item.position = due.position();
            item.label = due.label();
            item.opensOn = due.opensOn();
            item.dueDate = due.dueDate();
            item.planned();
            em.persist(item);
        }
        cases.moveAsSystem(c, Command.START);
        audit.success(AuditTrail.CREATE, PlanItems.RESOURCE, c.caseId);
    }

    /** What the return tells: it carries everything, and is newer than the registration. */
    private static void describe(MonitoredCase c, ReturnCompleted returned, CaseSpecifics specifics) {
        c.referralId = returned.referralId() != null ? returned.referralId() : c.referralId;
        c.office = returned.office();
        c.countryOfReturn = returned.countryOfReturn();
        c.jurisdiction = returned.jurisdiction();
        if (specifics.programme() != null) {
            c.programme(specifics.programme());
        }
        c.arrivalDate = returned.arrivalDate();
        c.category(ReturneeCategory.of(specifics.household()));
        c.householdSize = specifics.household().size();
    }
}
