package dev.avrr.referral.intake;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.documents.DocumentParty;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.referral.intake.ReferralTransitions.Transition;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralPerson;
import dev.avrr.vocabulary.events.ReferralRouted;

/**
 * Referrals on their two routes: create (idempotently; by a partner, or by a coordinator for a person who
 * reached it outside the system), edit drafts, move through the state machine, read within scope.
 */
@ApplicationScoped
public class Referrals {

    public static final String RESOURCE = "referral";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    RoutingConfig routing;

    @Inject
    PersonRules personRules;

    @Inject
    ReferralConsents consents;

    @Inject
    Event<ReferralStepRecorded> stepRecorded;

    @Inject
    ReferralWork work;

    /** The referral as the caller sees it, and whether it was created by this call (false: a retry). */
    public record Created(Referral referral, ReferralView view, boolean replayed) {
    }

    /** The filters of the referral list; null means "any". */
    public record Filter(ReferralStatus status, Jurisdiction jurisdiction, String countryOfReturn,
            OffsetDateTime createdFrom, OffsetDateTime createdTo) {
    }

    @Transactional
    public Created create(String idempotencyKey, ReferralInput input) {
        String org = caller.requireOrg();
        boolean byCoordinator = caller.hasRole(Roles.COORDINATOR)
                && (input.outsideReferral() != null || !caller.hasRole(Roles.PARTNER));
        if (byCoordinator) {
            checkCoordinatorRegistration(org, input);
        } else if (input.outsideReferral() != null) {
            throw Problems.invalid("outsideReferral", "is for a coordinator registering a referral itself");
        }
        UUID id = UUID.randomUUID();
        Idempotency.Claim claim = idempotency.claim("referral.create:" + org, idempotencyKey, input, id);
        if (claim.isReplay()) {
            Referral first = em.find(Referral.class, claim.firstResult().get());
            audit.success(AuditTrail.READ, RESOURCE, first.id);
            return new Created(first, view(first), true);
        }
        PersonRules.Checked checked = personRules.check(input.person(), input.vulnerability());
        OffsetDateTime now = Now.time();
        Referral r = new Referral();
        r.id = id;
        r.referringOrg = org;
        r.createdAt = now;
        r.createdBy = caller.subject();
        apply(r, input, checked, byCoordinator ? org : input.coordinatorOrg());
        if (byCoordinator) {
            r.outsideChannel = input.outsideReferral().channel();
            r.outsideReferredBy = blankToNull(input.outsideReferral().referredBy());
        }
        r.registered(now);
        em.persist(r);
        record(r, ReferralStep.REGISTERED, null, now);
        // The consents given with it are the only ones it has: what a step or the view needs of them is known.
        Set<ReferralConsents.Key> standing = consents.recordAll(r, input.consentsOrEmpty());
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        if (byCoordinator || input.submitNow()) {
            // Submitted on create or later with POST .../submission: the same step, announced the same way.
            move(r, Command.SUBMIT, null, standing);
            announce(r, Command.SUBMIT);
        }
        em.flush();
        return new Created(r, view(r, standing).withWarnings(checked.warnings()), false);
    }

    /**
     * A coordinator registers a Swedish referral for a person referred to it outside the system (by phone, by a
     * regional coordinator): it is the coordinator, on its own route, and says how the person reached it.
     */
    private void checkCoordinatorRegistration(String org, ReferralInput input) {
        if (!caller.hasRole(Roles.COORDINATOR)) {
            throw Problems.forbidden("Only a coordinator registers a referral for a person referred outside the system");
        }
        if (!routing.coordinators().contains(org)) {
            throw Problems.forbidden("Your organisation is not one of the configured coordinators");
        }
        if (input.outsideReferral() == null) {
            throw Problems.invalid("outsideReferral", "is required: how the person reached the coordinator");
        }
        if (input.jurisdiction() != Jurisdiction.SE) {
            throw Problems.invalid("jurisdiction", "is SE for a referral a coordinator registers");
        }
        if (input.coordinatorOrg() != null && !input.coordinatorOrg().equals(org)) {
            throw Problems.invalid("coordinatorOrg", "is your own organisation when you register a referral");
        }
        if (input.submit() != null) {
            throw Problems.invalid("submit", "is not used: a coordinator's referral awaits its own approval at once");
        }
    }

    /** Replaces a draft's content; the partner must send the ETag it read. */
    @Transactional
    public ReferralView update(UUID id, String ifMatch, ReferralInput input) {
        ETags.require(ifMatch);
        if (input.submit() != null) {
            throw Problems.invalid("submit", "is not allowed on update; submit with POST .../submission");
        }
        if (input.consents() != null) {
            throw Problems.invalid("consents", "are recorded with POST .../consents, not on update");
        }
        if (input.outsideReferral() != null) {
            throw Problems.invalid("outsideReferral", "is for a coordinator registering a referral itself");
        }
        Referral r = visible(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, r.version);
        ReferralTransitions.apply(r.jurisdiction, Command.UPDATE, r.status(), caller.roles());
        PersonRules.Checked checked = personRules.check(input.person(), input.vulnerability());
        apply(r, input, checked, input.coordinatorOrg());
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        em.flush();
        return view(r).withWarnings(checked.warnings());
    }

    /** Takes a command through the state machine. */
    @Transactional
    public ReferralView command(UUID id, Command command, String ifMatch) {
        return command(id, command, ifMatch, null);
    }

    /** Takes a command through the state machine; {@code decline} only for a decline. */
    @Transactional
    public ReferralView command(UUID id, Command command, String ifMatch, DeclineReferral decline) {
        Referral r = visible(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, r.version);
        if (command == Command.DECLINE) {
            r.declineReasonCode = decline.reasonCode();
            r.declineNote = decline.note() == null || decline.note().isBlank() ? null : decline.note().trim();
        }
        move(r, command, null);
        announce(r, command);
        em.flush();
        return view(r);
    }

    /**
     * Takes a step of the table that other parts of the service own (e.g. the signed application), in the
     * caller's transaction: the state-machine check, the history and the audit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void step(Referral r, Command command) {
        move(r, command, null);
    }

    @Transactional
    public ReferralView read(UUID id) {
        Referral r = visible(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return view(r);
    }

    @Transactional
    public List<ReferralStepRecord> history(UUID id) {
        Referral r = visible(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return steps(r);
    }

    /** The steps of a referral the caller already holds, in order. */
    public List<ReferralStepRecord> steps(Referral r) {
        return em.createQuery("SELECT s FROM ReferralStepRecord s WHERE s.referralId = :id ORDER BY s.id",
                ReferralStepRecord.class).setParameter("id", r.id).getResultList();
    }

    /** The referrals the caller may see, filtered and paged. */
    @Transactional
    public Page<ReferralView> list(Filter filter, PageRequest page) {
        String org = caller.requireOrg();
        StringBuilder where = new StringBuilder(" WHERE (");
        Map<String, Object> params = new HashMap<>();
        List<String> scopes = new ArrayList<>();
        if (caller.hasRole(Roles.PARTNER)) {
            scopes.add("r.referringOrg = :org");
            params.put("org", org);
        }
        if (caller.hasRole(Roles.COORDINATOR)) {
            scopes.add("(r.jurisdiction = :se AND r.coordinatorOrg = :org AND r.submittedAt IS NOT NULL)");
            params.put("se", Jurisdiction.SE);
            params.put("org", org);
        }
        if (caller.hasRole(Roles.CASEWORKER)) {
            List<Jurisdiction> offices = new ArrayList<>();
            for (Jurisdiction j : Jurisdiction.values()) {
                if (routing.iomOffice(j).equals(org)) {
                    offices.add(j);
                }
            }
            if (!offices.isEmpty()) {
                scopes.add("(r.jurisdiction IN :offices AND r.iomNotifiedAt IS NOT NULL)");
                params.put("offices", offices);
            }
        }
        if (scopes.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        where.append(String.join(" OR ", scopes)).append(')');
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            params.put("status", filter.status());
        }
        if (filter.jurisdiction() != null) {
            where.append(" AND r.jurisdiction = :jurisdiction");
            params.put("jurisdiction", filter.jurisdiction());
        }
        if (filter.countryOfReturn() != null) {
            where.append(" AND r.countryOfReturn = :country");
            params.put("country", filter.countryOfReturn());
        }
        if (filter.createdFrom() != null) {
            where.append(" AND r.createdAt >= :from");
            params.put("from", filter.createdFrom());
        }
        if (filter.createdTo() != null) {
            where.append(" AND r.createdAt < :to");
            params.put("to", filter.createdTo());
        }
        Page<Referral> found = PagedQuery.page(em, "r", "FROM Referral r" + where, "ORDER BY r.createdAt DESC, r.id",
                params, page, Referral.class);
        audit.successAll(AuditTrail.READ, RESOURCE, found.items().stream().map(r -> r.id).toList());
        Map<UUID, Set<ReferralConsents.Key>> standing = consents.standing(found.items().stream().map(r -> r.id)
                .toList());
        return found.map(r -> view(r, standing.getOrDefault(r.id, Set.of())));
    }

    /**
     * A referral within the caller's scope; any other is "not found". The referring partner sees its own; the
     * coordinator the Swedish referrals submitted to it; IOM's caseworker those that reached its office.
     */
    public Referral visible(UUID id, LockModeType lock) {
        Referral r = em.find(Referral.class, id, lock);
        boolean visible = r != null && (NeedToKnow.ownedBy(r, caller) || NeedToKnow.receivesAsCoordinator(r, caller)
                || NeedToKnow.receivesAsIom(r, caller, routing));
        if (!visible) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        return r;
    }

    /**
     * As whom the caller holds the documents of a referral it sees (docs/documents.md#who-reads-which-document): only
     * whoever sees its person in full does — the referrer while it is its draft, the coordinator or IOM while the
     * person's consent to share with them stands; anyone else holds none of them.
     */
    public Optional<DocumentParty> documentParty(Referral r) {
        Set<ReferralConsents.Key> standing = consents.standing(List.of(r.id)).getOrDefault(r.id, Set.of());
        if (NeedToKnow.of(r, caller, routing, standing) != NeedToKnow.Visibility.FULL) {
            return Optional.empty();
        }
        if (NeedToKnow.receivesAsCoordinator(r, caller)) {
            return Optional.of(DocumentParty.COORDINATOR);
        }
        return Optional.of(NeedToKnow.receivesAsIom(r, caller, routing) ? DocumentParty.CASEWORKER
                : DocumentParty.REFERRER);
    }

    /** Whether the caller receives this referral (the coordinator, IOM) rather than referred it. */
    public boolean receives(Referral r) {
        return NeedToKnow.receivesAsCoordinator(r, caller) || NeedToKnow.receivesAsIom(r, caller, routing);
    }

    private ReferralView view(Referral r) {
        return view(r, consents.standing(List.of(r.id)).getOrDefault(r.id, Set.of()));
    }

    private ReferralView view(Referral r, Set<ReferralConsents.Key> standing) {
        return ReferralView.of(r, NeedToKnow.of(r, caller, routing, standing), receives(r));
    }

    private void move(Referral r, Command command, String reason) {
        move(r, command, reason, null);
    }

    /** {@code standing}: the referral's standing consents when they are known, null to read them. */
    private void move(Referral r, Command command, String reason, Set<ReferralConsents.Key> standing) {
        Transition t = ReferralTransitions.apply(r.jurisdiction, command, r.status(), caller.roles());
        consents.requireToShare(r, command, standing);
        OffsetDateTime now = Now.time();
        ReferralStatus from = r.status();
        r.take(t, now);
        t.step().ifPresent(step -> record(r, step, from, now));
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
    }

    private void announce(Referral r, Command command) {
        String key = r.id.toString();
        String office = routing.iomOffice(r.jurisdiction);
        OffsetDateTime at = r.statusChangedAt;
        String type = switch (command) {
            case SUBMIT -> ReferralRouted.SUBMITTED;
            case APPROVE -> ReferralRouted.APPROVED_BY_COORDINATOR;
            case DECLINE -> ReferralRouted.DECLINED;
            case WITHDRAW -> ReferralRouted.WITHDRAWN;
            default -> null;
        };
        if (command == Command.ACCEPT) {
            outbox.add(key, events.createWithPersonal(ReferralAccepted.TYPE, key,
                    new ReferralAccepted(r.id, r.jurisdiction.name(), r.countryOfReturn, r.referringOrg, office, at,
                            r.coordinatorOrg),
                    sealedPerson(r)));
        } else if (type != null) {
            outbox.add(key, events.create(type, key, new ReferralRouted(r.id, r.jurisdiction.name(), r.status().name(),
                    r.referringOrg, r.coordinatorOrg, office, at)));
        }
        work.announce(r, command);
    }

    /** Everything IOM's office needs to open the case; it travels only sealed, in {@code data.personal}. */
    private static ReferralPerson sealedPerson(Referral r) {
        PersonDetails d = r.details == null ? new PersonDetails(List.of(), null, List.of(), List.of()) : r.details;
        ReferralPerson.Contact contact = d.contact() == null ? null
                : new ReferralPerson.Contact(d.contact().phone(), d.contact().email(), d.contact().address());
        ReferralInput.Vulnerability v = r.vulnerability;
        return new ReferralPerson(r.givenName, r.familyName, r.dateOfBirth, r.estimatedBirthYear,
                r.sex == null ? null : r.sex.name(), r.nationality, d.languages(), r.interpreterNeeded, contact,
                d.identifiers().stream().map(i -> new ReferralPerson.Identifier(i.type().name(), i.value())).toList(),
                d.household().stream().map(m -> new ReferralPerson.HouseholdMember(m.givenName(), m.familyName(),
                        m.dateOfBirth(), m.relation(), m.sex() == null ? null : m.sex().name())).toList(),
                v == null ? null : new ReferralPerson.Vulnerability(v.categories() == null ? List.of() : v.categories(),
                        v.otherSubtype(), v.traffickingIdentifiedBy(), v.referralReason(), v.notes()));
    }

    /** A step that changes no status (a consent given again), recorded in the history and fed back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(Referral r, ReferralStep step) {
        record(r, step, r.status(), Now.time());
    }

    private void record(Referral r, ReferralStep step, ReferralStatus from, OffsetDateTime at) {
        ReferralStepRecord s = new ReferralStepRecord();
        s.referralId = r.id;
        s.occurredAt = at;
        s.step = step;
        s.label = step.label(r.jurisdiction);
        s.fromStatus = from;
        s.toStatus = r.status();
        s.actor = caller.subject();
        s.actorOrg = caller.org().orElse(null);
        em.persist(s);
        stepRecorded.fire(new ReferralStepRecorded(r, s));
    }

    private void checkCoordinatorOf(String coordinatorOrg) {
        if (coordinatorOrg == null || coordinatorOrg.isBlank()) {
            throw Problems.invalid("coordinatorOrg", "is required on the Swedish route: one of "
                    + String.join(", ", routing.coordinators()));
        }
        if (!routing.coordinators().contains(coordinatorOrg)) {
            throw Problems.invalid("coordinatorOrg", "is not a known coordinator: one of "
                    + String.join(", ", routing.coordinators()));
        }
    }

    /** Copies what was written, already checked; the route decides whether a coordinator is named. */
    private void apply(Referral r, ReferralInput input, PersonRules.Checked checked, String coordinatorOrg) {
        if (input.jurisdiction() == Jurisdiction.SE) {
            checkCoordinatorOf(coordinatorOrg);
        } else if (input.coordinatorOrg() != null) {
            throw Problems.invalid("coordinatorOrg", "is only for the Swedish route (jurisdiction SE)");
        }
        ReferralInput.Person p = input.person();
        r.jurisdiction = input.jurisdiction();
        r.coordinatorOrg = coordinatorOrg;
        r.givenName = p.givenName().trim();
        r.familyName = p.familyName().trim();
        r.dateOfBirth = p.dateOfBirth();
        r.estimatedBirthYear = p.estimatedBirthYear();
        r.sex = p.sex();
        r.nationality = checked.nationality();
        r.countryOfReturn = checked.countryOfReturn();
        r.interpreterNeeded = p.interpreterNeeded();
        r.details = PersonDetails.of(p);
        r.vulnerability = input.vulnerability();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
