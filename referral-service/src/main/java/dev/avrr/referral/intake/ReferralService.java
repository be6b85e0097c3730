package dev.avrr.referral.intake;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.events.contract.ReferralAccepted;
import dev.avrr.platform.events.contract.ReferralPerson;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.security.Roles;

/** Intake of referrals: create (idempotently), read within the caller's scope, accept. */
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

    /** The referral and whether it was created by this call (false: a retry that returns the first). */
    public record Created(Referral referral, boolean replayed) {
    }

    @Transactional
    public Created create(String idempotencyKey, CreateReferral command) {
        String org = caller.requireOrg();
        String nationality = country("person.nationality", command.person().nationality());
        String countryOfReturn = country("person.countryOfReturn", command.person().countryOfReturn());
        Idempotency.Claim claim = idempotency.claim("referral.create:" + org, idempotencyKey, command);
        if (claim.isReplay()) {
            Referral first = em.find(Referral.class, claim.firstResult().get());
            audit.success(AuditTrail.READ, RESOURCE, first.id);
            return new Created(first, true);
        }
        OffsetDateTime now = now();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.referringOrg = org;
        r.jurisdiction = command.jurisdiction();
        r.givenName = command.person().givenName().trim();
        r.familyName = command.person().familyName().trim();
        r.dateOfBirth = command.person().dateOfBirth();
        r.nationality = nationality;
        r.countryOfReturn = countryOfReturn;
        r.createdAt = now;
        r.createdBy = caller.subject();
        r.submitted(now);
        em.persist(r);
        idempotency.complete(claim, r.id);
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        return new Created(r, false);
    }

    /** A referral within the caller's scope; another organisation's referral is "not found". */
    @Transactional
    public Referral read(UUID id) {
        Referral r = scoped(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return r;
    }

    @Transactional
    public Referral accept(UUID id, String ifMatch) {
        Referral r = scoped(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ifMatch, r.version);
        OffsetDateTime now = now();
        r.transition(ReferralTransitions.Command.ACCEPT, now);
        r.acceptedBy = caller.subject();
        r.acceptedByOrg = caller.requireOrg();
        outbox.add(r.id.toString(), events.createWithPersonal(ReferralAccepted.TYPE, r.id.toString(),
                new ReferralAccepted(r.id, r.jurisdiction.name(), r.countryOfReturn, r.referringOrg, r.acceptedByOrg, now),
                new ReferralPerson(r.givenName, r.familyName, r.dateOfBirth, r.nationality)));
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        em.flush();
        return r;
    }

    private Referral scoped(UUID id, LockModeType lock) {
        Referral r = em.find(Referral.class, id, lock);
        boolean visible = r != null
                && (caller.hasRole(Roles.CASEWORKER) || (caller.hasRole(Roles.PARTNER)
                        && caller.org().filter(r.referringOrg::equals).isPresent()));
        if (!visible) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        return r;
    }

    private static String country(String field, String code) {
        return CountryCode.normalise(code)
                .orElseThrow(() -> Problems.invalid(field, "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
