package dev.avrr.grant.catalogue;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.grant.money.AmountRules;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.Programme;

/** The programme catalogue: versions with validity dates, and the version in force on a day. */
@ApplicationScoped
public class ProgrammeCatalogue {

    public static final String VERSION_AFTER_LATEST = "version-after-latest";
    public static final String ONE_AMOUNT_PER_CATEGORY = "one-amount-per-category";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** A programme named in a path: an unknown name is "not found", like an unknown id. */
    public static Programme programme(String name) {
        try {
            return Programme.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("programme");
        }
    }

    @Transactional
    public List<ProgrammeVersionView> versions(Programme programme) {
        return em.createQuery("SELECT v FROM ProgrammeVersion v WHERE v.programme = :p ORDER BY v.version",
                ProgrammeVersion.class).setParameter("p", programme).getResultList().stream()
                .map(ProgrammeVersionView::of).toList();
    }

    @Transactional
    public List<ProgrammeVersionView> inForce(LocalDate day) {
        return em.createQuery("SELECT v FROM ProgrammeVersion v ORDER BY v.programme, v.version",
                ProgrammeVersion.class).getResultList().stream().filter(v -> v.inForceOn(day))
                .map(ProgrammeVersionView::of).toList();
    }

    @Transactional
    public ProgrammeVersionView version(Programme programme, int version) {
        return em.createQuery("SELECT v FROM ProgrammeVersion v WHERE v.programme = :p AND v.version = :n",
                ProgrammeVersion.class).setParameter("p", programme).setParameter("n", version).getResultStream()
                .findFirst().map(ProgrammeVersionView::of).orElseThrow(() -> Problems.notFound("programme version"));
    }

    /** The version in force on {@code day}, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ProgrammeVersion> inForceOn(Programme programme, LocalDate day) {
        return em.createQuery("SELECT v FROM ProgrammeVersion v WHERE v.programme = :p AND v.validFrom <= :day "
                + "AND (v.validTo IS NULL OR v.validTo > :day)", ProgrammeVersion.class)
                .setParameter("p", programme).setParameter("day", day).getResultStream().findFirst();
    }

    /**
     * Adds a version that takes over from {@code validFrom}: the latest version, if still open then, ends
     * there. Allocations made under earlier versions keep theirs.
     */
    @Transactional
    public ProgrammeVersionView add(Programme programme, NewProgrammeVersion input) {
        checkCurrency(input.currency());
        if (input.validTo() != null && !input.validTo().isAfter(input.validFrom())) {
            throw Problems.invalid("validTo", "must be after validFrom");
        }
        // Two admins adding a version at once: the second waits on the latest version's row, then sees the first's.
        em.createNativeQuery("SELECT id FROM programme_version WHERE programme = ?1 ORDER BY version DESC LIMIT 1 "
                + "FOR UPDATE").setParameter(1, programme.name()).getResultList();
        Optional<ProgrammeVersion> latest = em.createQuery("SELECT v FROM ProgrammeVersion v WHERE v.programme = :p "
                + "ORDER BY v.version DESC", ProgrammeVersion.class).setParameter("p", programme).setMaxResults(1)
                .getResultStream().findFirst();
        if (latest.isPresent() && !input.validFrom().isAfter(latest.get().validFrom)) {
            throw Problems.rule(VERSION_AFTER_LATEST, "A new version must start after version "
                    + latest.get().version + ", which starts on " + latest.get().validFrom);
        }
        ProgrammeVersion v = new ProgrammeVersion();
        v.id = UUID.randomUUID();
        v.programme = programme;
        v.version = latest.map(l -> l.version + 1).orElse(1);
        v.validFrom = input.validFrom();
        v.validTo = input.validTo();
        v.currency = input.currency();
        v.allocationTrigger = input.allocationTrigger();
        v.beneficiaries = input.beneficiaries();
        v.createdAt = Now.time();
        v.createdBy = caller.subject();
        int position = 0;
        for (NewProgrammeVersion.Category in : input.categories()) {
            v.categories.add(category(v, ++position, in));
        }
        checkOneAmountPerCategory(v);
        latest.filter(l -> l.validTo == null || l.validTo.isAfter(input.validFrom()))
                .ifPresent(l -> l.validTo = input.validFrom());
        em.persist(v);
        em.flush();
        return ProgrammeVersionView.of(v);
    }

    private static BudgetCategory category(ProgrammeVersion v, int position, NewProgrammeVersion.Category in) {
        BudgetCategory c = new BudgetCategory();
        c.id = UUID.randomUUID();
        c.programmeVersion = v;
        c.position = position;
        c.code = in.code();
        c.label = in.label().trim();
        c.kind = in.kind();
        c.amount = AmountRules.check("categories[" + (position - 1) + "].amount", in.amount(), v.currency);
        c.form = in.form();
        c.formForMinor = in.formForMinor() != null ? in.formForMinor() : in.form();
        InKindNeverCash.checkCategory(c);
        c.needsBased = Boolean.TRUE.equals(in.needsBased());
        c.evidenceRequired = in.evidenceRequired() != null ? in.evidenceRequired() : EvidenceRequirement.NONE;
        c.singlePayment = Boolean.TRUE.equals(in.singlePayment());
        c.eligible = in.eligible() != null ? in.eligible() : Eligibility.EVERY_BENEFICIARY;
        c.deadlineCondition = in.deadlineCondition() != null ? in.deadlineCondition() : DeadlineCondition.ANY;
        return c;
    }

    private static final java.util.Map<BeneficiaryGroup, String> WHO = java.util.Map.of(BeneficiaryGroup.ADULT,
            "an adult", BeneficiaryGroup.MINOR, "a minor applicant", BeneficiaryGroup.ACCOMPANYING_CHILD,
            "an accompanying child");

    /** Every beneficiary, whatever its group and its answer to the deadline, gets each code at most once. */
    private static void checkOneAmountPerCategory(ProgrammeVersion v) {
        for (BeneficiaryGroup group : BeneficiaryGroup.values()) {
            for (Boolean before : new Boolean[] { true, false }) {
                Set<String> seen = new HashSet<>();
                for (BudgetCategory c : v.categoriesFor(group, before)) {
                    if (!seen.add(c.code)) {
                        throw Problems.rule(ONE_AMOUNT_PER_CATEGORY, "Category " + c.code + " would be given twice to "
                                + WHO.get(group) + " who applied " + (before ? "before" : "after")
                                + " the departure deadline; make the conditions exclude each other");
                    }
                }
            }
        }
    }

    private static void checkCurrency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("currency", "is not an ISO 4217 currency code");
        }
    }
}
