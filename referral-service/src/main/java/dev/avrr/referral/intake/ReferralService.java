package dev.avrr.referral.intake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.contract.ReferralAccepted;
import dev.avrr.platform.events.contract.ReferralPerson;
import dev.avrr.platform.events.contract.ReferralRouted;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.security.Roles;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.referral.intake.ReferralTransitions.Transition;

/** Referrals on their two routes: create (idempotently), edit drafts, move through the state machine, read. */
@ApplicationScoped
public class ReferralService {

    static final String RESOURCE = "referral";

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

    /** The referral and whether it was created by this call (false: a retry that returns the first). */
    public record Created(Referral referral, boolean replayed) {
    }

    /** The filters of the referral list; null means "any". */
    public record Filter(ReferralStatus status, Jurisdiction jurisdiction, String countryOfReturn,
            OffsetDateTime createdFrom, OffsetDateTime createdTo) {
    }

    @Transactional
    public Created create(String idempotencyKey, ReferralInput input) {
        String org = caller.requireOrg();
        Idempotency.Claim claim = idempotency.claim("referral.create:" + org, idempotencyKey, input);
        if (claim.isReplay()) {
            Referral first = em.find(Referral.class, claim.firstResult().get());
            audit.success(AuditTrail.READ, RESOURCE, first.id);
            return new Created(first, true);
        }
        OffsetDateTime now = now();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.referringOrg = org;
        r.createdAt = now;
        r.createdBy = caller.subject();
        apply(r, input);
        r.registered(now);
        em.persist(r);
        record(r, ReferralStep.REGISTERED, null, now);
        idempotency.complete(claim, r.id);
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        if (input.submitNow()) {
            move(r, Command.SUBMIT, null);
        }
        return new Created(r, false);
    }

    /** Replaces a draft's content; the partner must send the ETag it read. */
    @Transactional
    public Referral update(UUID id, String ifMatch, ReferralInput input) {
        ETags.require(ifMatch);
        if (input.submit() != null) {
            throw Problems.invalid("submit", "is not allowed on update; submit with POST .../submission");
        }
        Referral r = scoped(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, r.version);
        ReferralTransitions.apply(r.jurisdiction, Command.UPDATE, r.status(), caller.roles());
        apply(r, input);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        em.flush();
        return r;
    }

    /** Takes a command through the state machine; {@code reason} only for a decline. */
    @Transactional
    public Referral command(UUID id, Command command, String ifMatch, String reason) {
        Referral r = scoped(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, r.version);
        if (command == Command.DECLINE) {
            r.declineReason = reason.trim();
        }
        move(r, command, reason);
        em.flush();
        return r;
    }

    @Transactional
    public Referral read(UUID id) {
        Referral r = scoped(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return r;
    }

    @Transactional
    public List<ReferralStepRecord> history(UUID id) {
        scoped(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return em.createQuery("SELECT s FROM ReferralStepRecord s WHERE s.referralId = :id ORDER BY s.id",
                ReferralStepRecord.class).setParameter("id", id).getResultList();
    }

    /** The referrals the caller may see, filtered and paged. */
    @Transactional
    public Page<Referral> list(Filter filter, PageRequest page) {
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
        TypedQuery<Long> count = em.createQuery("SELECT count(r) FROM Referral r" + where, Long.class);
        TypedQuery<Referral> items = em.createQuery("SELECT r FROM Referral r" + where
                + " ORDER BY r.createdAt DESC, r.id", Referral.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        List<Referral> found = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        found.forEach(r -> audit.success(AuditTrail.READ, RESOURCE, r.id));
        return new Page<>(found, page.page(), page.size(), count.getSingleResult());
    }

    /** Whether the caller acts on this referral as a receiver (coordinator or IOM) rather than its referrer. */
    public boolean callerReceives(Referral r) {
        return receivesAsCoordinator(r) || receivesAsIom(r);
    }

    private void move(Referral r, Command command, String reason) {
        Transition t = ReferralTransitions.apply(r.jurisdiction, command, r.status(), caller.roles());
        OffsetDateTime now = now();
        ReferralStatus from = r.status();
        r.take(t, now);
        t.step().ifPresent(step -> record(r, step, from, now));
        announce(r, command, now);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
    }

    private void announce(Referral r, Command command, OffsetDateTime now) {
        String key = r.id.toString();
        String office = routing.iomOffice(r.jurisdiction);
        String type = switch (command) {
            case SUBMIT -> ReferralRouted.SUBMITTED;
            case APPROVE -> ReferralRouted.APPROVED_BY_COORDINATOR;
            case DECLINE -> ReferralRouted.DECLINED;
            case WITHDRAW -> ReferralRouted.WITHDRAWN;
            case ACCEPT, UPDATE -> null;
        };
        if (command == Command.ACCEPT) {
            outbox.add(key, events.createWithPersonal(ReferralAccepted.TYPE, key,
                    new ReferralAccepted(r.id, r.jurisdiction.name(), r.countryOfReturn, r.referringOrg, office, now,
                            r.coordinatorOrg),
                    new ReferralPerson(r.givenName, r.familyName, r.dateOfBirth, null, null, r.nationality, List.of(),
                            null, null, List.of(), List.of(), null)));
        } else if (type != null) {
            outbox.add(key, events.create(type, key, new ReferralRouted(r.id, r.jurisdiction.name(), r.status().name(),
                    r.referringOrg, r.coordinatorOrg, office, now)));
        }
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
    }

    /** Validates and copies what a partner wrote; the route decides whether a coordinator is named. */
    private void apply(Referral r, ReferralInput input) {
        String nationality = country("person.nationality", input.person().nationality());
        String countryOfReturn = country("person.countryOfReturn", input.person().countryOfReturn());
        if (input.jurisdiction() == Jurisdiction.SE) {
            if (input.coordinatorOrg() == null || input.coordinatorOrg().isBlank()) {
                throw Problems.invalid("coordinatorOrg", "is required on the Swedish route: one of "
                        + String.join(", ", routing.coordinators()));
            }
            if (!routing.coordinators().contains(input.coordinatorOrg())) {
                throw Problems.invalid("coordinatorOrg", "is not a known coordinator: one of "
                        + String.join(", ", routing.coordinators()));
            }
        } else if (input.coordinatorOrg() != null) {
            throw Problems.invalid("coordinatorOrg", "is only for the Swedish route (jurisdiction SE)");
        }
        r.jurisdiction = input.jurisdiction();
        r.coordinatorOrg = input.coordinatorOrg();
        r.givenName = input.person().givenName().trim();
        r.familyName = input.person().familyName().trim();
        r.dateOfBirth = input.person().dateOfBirth();
        r.nationality = nationality;
        r.countryOfReturn = countryOfReturn;
    }

    /**
     * A referral within the caller's scope; any other is "not found". The referring partner sees its own; the
     * coordinator the Swedish referrals submitted to it; IOM's caseworker those that reached its office.
     */
    private Referral scoped(UUID id, LockModeType lock) {
        Referral r = em.find(Referral.class, id, lock);
        boolean visible = r != null && (ownedByCaller(r) || receivesAsCoordinator(r) || receivesAsIom(r));
        if (!visible) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        return r;
    }

    private boolean ownedByCaller(Referral r) {
        return caller.hasRole(Roles.PARTNER) && caller.org().filter(r.referringOrg::equals).isPresent();
    }

    private boolean receivesAsCoordinator(Referral r) {
        return caller.hasRole(Roles.COORDINATOR) && r.jurisdiction == Jurisdiction.SE && r.submittedAt != null
                && caller.org().filter(o -> o.equals(r.coordinatorOrg)).isPresent();
    }

    private boolean receivesAsIom(Referral r) {
        return caller.hasRole(Roles.CASEWORKER) && r.iomNotifiedAt != null
                && caller.org().filter(routing.iomOffice(r.jurisdiction)::equals).isPresent();
    }

    private static String country(String field, String code) {
        return CountryCode.normalise(code)
                .orElseThrow(() -> Problems.invalid(field, "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
