package dev.avrr.grant.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.catalogue.AllocationTrigger;
import dev.avrr.grant.catalogue.BeneficiarySelection;
import dev.avrr.grant.catalogue.BudgetCategory;
import dev.avrr.grant.catalogue.ProgrammeCatalogue;
import dev.avrr.grant.catalogue.ProgrammeVersion;
import dev.avrr.grant.ledger.Account;
import dev.avrr.grant.ledger.EntryType;
import dev.avrr.grant.ledger.Ledger;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.EntitlementAllocated;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;

/**
 * Allocates entitlements when a case reaches its programme's trigger: the approval, or the completed return.
 * The version in force on the day the case was approved (the day of arrival if no approval is known) decides
 * the trigger and the package, and the entitlement keeps that version. Exactly one entitlement per
 * beneficiary per case, however often and in whatever order the events come: a beneficiary who has one is
 * skipped, and the database's unique key backs that up.
 */
@ApplicationScoped
public class Allocation {

    private static final Logger LOG = Logger.getLogger(Allocation.class);

    @Inject
    EntityManager em;

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onApproved(GrantCase c, CaseSpecifics approved) {
        allocate(c, approved, AllocationTrigger.CASE_APPROVED, c.appliedBeforeDeadline, CaseApproved.TYPE);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onReturnCompleted(GrantCase c, CaseSpecifics returned) {
        allocate(c, returned, AllocationTrigger.RETURN_COMPLETED, c.appliedBeforeDeadline, ReturnCompleted.TYPE);
    }

    /**
     * The dead-letter reasons below name the case and never its programme: the programme says whether the person
     * is a victim of trafficking, a child alone or ill (the case's own record names it to those who may see it).
     */
    private void allocate(GrantCase c, CaseSpecifics specifics, AllocationTrigger trigger,
            Boolean appliedBeforeDeadline, String eventType) {
        Programme programme = specifics.programme() != null ? specifics.programme() : c.programme();
        List<Traveller> household = specifics.household();
        if (programme == null || household == null || household.isEmpty()) {
            throw new EventRejectedException("The " + eventType + " event of case " + c.caseId
                    + " carries no programme or household");
        }
        LocalDate day = (c.approvedAt != null ? c.approvedAt : c.returnedOn.atStartOfDay().atOffset(ZoneOffset.UTC))
                .withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        ProgrammeVersion version = catalogue.inForceOn(programme, day).orElseThrow(() -> new EventRejectedException(
                "No version of the programme of case " + c.caseId + " is in force on the case's day " + day));
        if (version.allocationTrigger != trigger) {
            return;
        }
        for (Traveller t : BeneficiarySelection.beneficiaries(version.beneficiaries, household)) {
            if (exists(c.caseId, t.memberId())) {
                continue;
            }
            boolean minor = BeneficiarySelection.minor(t);
            List<BudgetCategory> categories;
            try {
                categories = version.categoriesFor(BeneficiarySelection.group(t), appliedBeforeDeadline);
            } catch (IllegalArgumentException e) {
                throw new EventRejectedException("Cannot allocate for case " + c.caseId + ": " + e.getMessage());
            }
            if (!categories.isEmpty()) {
                allocate(c, version, t, minor, categories, eventType);
            }
        }
    }

    private void allocate(GrantCase c, ProgrammeVersion version, Traveller t, boolean minor,
            List<BudgetCategory> categories, String eventType) {
        OffsetDateTime now = Now.time();
        Entitlement e = new Entitlement();
        e.id = UUID.randomUUID();
        e.caseId = c.caseId;
        e.beneficiaryId = t.memberId();
        e.relation = t.relation();
        e.ageAtAllocation = t.age();
        e.minor = minor;
        e.programme(version.programme);
        e.programmeVersion = version.version;
        e.currency = version.currency;
        e.office = c.office;
        e.countryOfReturn = c.countryOfReturn;
        e.allocatedAt = now;
        e.allocatedOnEvent = eventType;
        e.changedAt = now;
        List<Ledger.Move> moves = new ArrayList<>();
        List<EntitlementAllocated.Category> announced = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int position = 0;
        for (BudgetCategory b : categories) {
            EntitlementCategory ec = EntitlementCategory.allocated(e, b, ++position);
            e.categories.add(ec);
            moves.add(Ledger.Move.within(b.code, Account.FUNDING, Account.AVAILABLE, b.amount));
            announced.add(new EntitlementAllocated.Category(b.code, b.kind.name(), ec.form.name(), b.amount));
            total = total.add(b.amount);
        }
        em.persist(e);
        em.flush();
        ledger.post(e.id, e.currency, EntryType.ALLOCATION, e.id, moves);
        String key = c.caseId.toString();
        outbox.add(key, events.createWithPersonal(EntitlementAllocated.TYPE, key,
                new EntitlementAllocated(c.caseId, e.id, e.beneficiaryId, now),
                new EntitlementAllocated.Package(e.programmeVersion, e.currency, total, announced)));
        audit.success(AuditTrail.CREATE, Entitlements.RESOURCE, e.id);
        LOG.infof("Allocated entitlement %s of case %s", e.id, c.caseId);
    }

    private boolean exists(UUID caseId, UUID beneficiaryId) {
        return em.createQuery("SELECT count(e) FROM Entitlement e WHERE e.caseId = :c AND e.beneficiaryId = :b",
                Long.class).setParameter("c", caseId).setParameter("b", beneficiaryId).getSingleResult() > 0;
    }
}
