package dev.avrr.cases.registration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.contract.CaseRegistered;
import dev.avrr.platform.events.contract.ReferralAccepted;
import dev.avrr.platform.events.contract.ReferralPerson;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.inbox.EventRejectedException;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;

/** Registers a case from an accepted referral, and finds cases. */
@ApplicationScoped
public class CaseRegistration {

    private static final Logger LOG = Logger.getLogger(CaseRegistration.class);
    static final String RESOURCE = "case";

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** Runs inside the inbox's transaction: one case per referral, announced through the outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReferralAccepted(EventEnvelope event) {
        ReferralAccepted accepted = events.data(event, ReferralAccepted.class);
        ReferralPerson person = events.personal(event, ReferralPerson.class)
                .orElseThrow(() -> new EventRejectedException("Event " + event.id() + " carries no personal part"));
        List<UUID> existing = em.createQuery("SELECT c.id FROM AvrrCase c WHERE c.referralId = :r", UUID.class)
                .setParameter("r", accepted.referralId()).getResultList();
        if (!existing.isEmpty()) {
            // A second acceptance event for one referral (a replay under another id) must not open a second case.
            LOG.infof("Referral %s already has case %s", accepted.referralId(), existing.get(0));
            return;
        }
        AvrrCase c = new AvrrCase();
        c.id = UUID.randomUUID();
        c.referralId = accepted.referralId();
        c.office = IomOffice.forJurisdiction(accepted.jurisdiction());
        c.status = CaseStatus.REGISTERED;
        c.countryOfReturn = accepted.countryOfReturn();
        c.referringOrg = accepted.referringOrg();
        c.applicantGivenName = person.givenName();
        c.applicantFamilyName = person.familyName();
        c.applicantDateOfBirth = person.dateOfBirth();
        c.applicantNationality = person.nationality();
        c.registeredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        em.persist(c);
        outbox.add(c.id.toString(), events.create(CaseRegistered.TYPE, c.id.toString(),
                new CaseRegistered(c.id, c.referralId, c.office.name(), c.countryOfReturn, c.registeredAt,
                        accepted.jurisdiction(), null)));
        LOG.infof("Registered case %s from referral %s", c.id, c.referralId);
    }

    @Transactional
    public AvrrCase read(UUID id) {
        AvrrCase c = em.find(AvrrCase.class, id);
        if (c == null) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        audit.success(AuditTrail.READ, RESOURCE, id);
        return c;
    }

    @Transactional
    public Page<AvrrCase> list(UUID referralId, CaseStatus status, PageRequest page) {
        String where = " WHERE (:referral IS NULL OR c.referralId = :referral) AND (:status IS NULL OR c.status = :status)";
        long total = em.createQuery("SELECT count(c) FROM AvrrCase c" + where, Long.class)
                .setParameter("referral", referralId).setParameter("status", status).getSingleResult();
        List<AvrrCase> items = em.createQuery("SELECT c FROM AvrrCase c" + where + " ORDER BY c.registeredAt DESC, c.id",
                AvrrCase.class)
                .setParameter("referral", referralId).setParameter("status", status)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        items.forEach(c -> audit.success(AuditTrail.READ, RESOURCE, c.id));
        return new Page<>(items, page.page(), page.size(), total);
    }
}
