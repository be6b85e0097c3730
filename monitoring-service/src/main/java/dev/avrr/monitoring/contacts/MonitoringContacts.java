package dev.avrr.monitoring.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.alerts.ProtectionAlert;
import dev.avrr.monitoring.alerts.ProtectionAlerts;
import dev.avrr.monitoring.plans.ContactFulfilsDueItem;
import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;

/**
 * Contacts of the mission with a returnee: each is recorded with who made it; one that reached the returnee
 * fulfils its due item, is announced as a sanitised milestone, and may raise protection alerts; the plan
 * completes with its last item.
 */
@ApplicationScoped
public class MonitoringContacts {

    public static final String RESOURCE = "monitoring-contact";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MonitoredCases cases;

    @Inject
    ReturneeScope scope;

    @Inject
    PlanItems plans;

    @Inject
    ProtectionAlerts alerts;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditTrail audit;

    /** A contact as recorded, the returnee after it, the alerts it raised, and whether this was a retry. */
    public record Recorded(MonitoringContact contact, MonitoredCase returnee, List<UUID> alerts, boolean replayed,
            boolean withNotes) {
    }

    /** A page of a returnee's contacts, and whether the caller may read their wellbeing notes. */
    public record Contacts(Page<MonitoringContact> page, Map<UUID, List<UUID>> alerts, boolean withNotes) {
    }

    /**
     * Records a contact. An {@code Idempotency-Key} makes a retry (a mission's weak connection) return the first
     * contact instead of recording a second one.
     */
    @Transactional
    public Recorded record(UUID caseId, String ifMatch, String idempotencyKey, ContactInput input) {
        requireConsistent(input);
        MonitoredCase c = cases.scoped(caseId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Idempotency.Claim claim = idempotency.claim(RESOURCE + ":" + caseId,
                    Idempotency.requireKey(idempotencyKey), input, id);
            if (claim.isReplay()) {
                MonitoringContact first = em.find(MonitoringContact.class, claim.firstResult().get());
                audit.success(AuditTrail.READ, RESOURCE, first.id);
                return new Recorded(first, c, alertsOf(List.of(first.id)).getOrDefault(first.id, List.of()), true,
                        WellbeingNotesNeedToKnow.mayRead(scope, c));
            }
        }
        ETags.check(ifMatch, c.version);
        cases.move(c, Command.RECORD_CONTACT);
        ContactNotBeforeReturn.check(c.arrivalDate, input.contactedOn());

        MonitoringContact contact = new MonitoringContact();
        contact.id = id;
        contact.caseId = caseId;
        contact.contactedOn = input.contactedOn();
        contact.mode = input.mode();
        contact.reached = input.reached();
        contact.planProgress = input.planProgress();
        contact.grantUse = input.grantUse();
        contact.wellbeingNotes = blankToNull(input.wellbeingNotes());
        contact.madeBy = caller.subject();
        contact.madeByOrg = caller.org().orElse(null);
        contact.recordedAt = Now.time();
        em.persist(contact);
        ContactFulfilsDueItem.item(plans.forUpdate(caseId), contact.contactedOn, contact.reached).ifPresent(item -> {
            plans.fulfil(c, item, contact.id);
            contact.itemId = item.id;
        });
        if (contact.reached) {
            if (c.lastContactOn == null || contact.contactedOn.isAfter(c.lastContactOn)) {
                c.lastContactOn = contact.contactedOn;
            }
            cases.announceContact(c);
        }
        List<UUID> raised = new ArrayList<>();
        for (ContactInput.Alert alert : input.alertsOrNone()) {
            raised.add(alerts.raise(c, contact.id, alert.kind(), alert.details()).id);
        }
        plans.completeIfClosed(c);
        audit.success(AuditTrail.CREATE, RESOURCE, contact.id);
        em.flush();
        return new Recorded(contact, c, raised, false, WellbeingNotesNeedToKnow.mayRead(scope, c));
    }

    /** A returnee's contacts, latest first; wellbeing notes only for those with need to know. */
    @Transactional
    public Contacts list(UUID caseId, PageRequest page) {
        MonitoredCase c = cases.scoped(caseId, LockModeType.NONE, AuditTrail.READ);
        Page<MonitoringContact> found = PagedQuery.page(em, "m", "FROM MonitoringContact m WHERE m.caseId = :id",
                "ORDER BY m.contactedOn DESC, m.recordedAt DESC, m.id", Map.of("id", caseId), page,
                MonitoringContact.class);
        audit.success(AuditTrail.READ, MonitoredCases.RESOURCE, caseId);
        audit.successAll(AuditTrail.READ, RESOURCE, found.items().stream().map(m -> m.id).toList());
        return new Contacts(found, alertsOf(found.items().stream().map(m -> m.id).toList()),
                WellbeingNotesNeedToKnow.mayRead(scope, c));
    }

    /**
     * Every contact with the returnee, latest first, as the mission reads them (with the wellbeing notes and the
     * alerts each raised): for the person's own access request, which is audited as an export, not read by a caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ContactView> heldFor(UUID caseId) {
        List<MonitoringContact> found = em.createQuery("SELECT m FROM MonitoringContact m WHERE m.caseId = :id "
                + "ORDER BY m.contactedOn DESC, m.recordedAt DESC, m.id", MonitoringContact.class)
                .setParameter("id", caseId).getResultList();
        Map<UUID, List<UUID>> raised = alertsOf(found.stream().map(m -> m.id).toList());
        return found.stream().map(m -> ContactView.of(m, true, raised.getOrDefault(m.id, List.of()))).toList();
    }

    private Map<UUID, List<UUID>> alertsOf(List<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM ProtectionAlert a WHERE a.contactId IN :ids ORDER BY a.raisedAt",
                ProtectionAlert.class).setParameter("ids", contactIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.contactId, Collectors.mapping(a -> a.id, Collectors.toList())));
    }

    /** What a contact reports depends on whether it reached the returnee. */
    private static void requireConsistent(ContactInput input) {
        if (input.reached()) {
            if (input.planProgress() == null) {
                throw Problems.invalid("planProgress", "is required when the returnee was reached");
            }
            if (input.grantUse() == null) {
                throw Problems.invalid("grantUse", "is required when the returnee was reached");
            }
        } else {
            if (input.planProgress() != null) {
                throw Problems.invalid("planProgress", "can only be reported when the returnee was reached");
            }
            if (input.grantUse() != null) {
                throw Problems.invalid("grantUse", "can only be reported when the returnee was reached");
            }
        }
        if (input.alertsOrNone().stream().map(ContactInput.Alert::kind).distinct().count() < input.alertsOrNone().size()) {
            throw Problems.invalid("alerts", "names the same kind twice; raise each kind once");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
