package dev.avrr.referral.coordinator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.referral.intake.Referrals;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;

/**
 * Välgrundat beslut (docs/domain.md#the-swedish-route, step 5): after IOM Helsinki accepted the referral (Stöd) and asked the person to
 * fill in the AVRR application, the signed application is recorded once, by IOM Helsinki, the coordinator or the
 * referring partner, and announced (without its contents) so that case-service knows it is there.
 */
@ApplicationScoped
public class SignedApplications {

    public static final String RESOURCE = "signed-application";

    @Inject
    EntityManager em;

    @Inject
    Referrals referrals;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Transactional
    public SignedApplication record(UUID referralId, SignedApplicationInput input) {
        Referral r = referrals.visible(referralId, LockModeType.PESSIMISTIC_WRITE);
        if (em.find(SignedApplication.class, r.id) != null) {
            throw Problems.stateConflict("referral", r.status().name(), "the signed application is already recorded");
        }
        if (r.erased()) {
            throw Problems.stateConflict("referral", r.status().name(), "the person's data on the referral were erased");
        }
        referrals.step(r, Command.RECORD_APPLICATION);
        OffsetDateTime now = Now.time();
        SignedApplication a = new SignedApplication();
        a.referralId = r.id;
        a.signedOn = input.signedOn();
        a.language = input.language();
        a.attachments = input.attachments() == null ? List.of() : List.copyOf(input.attachments());
        a.recordedAt = now;
        a.recordedBy = caller.subject();
        a.recordedByOrg = caller.org().orElse(null);
        em.persist(a);
        String key = r.id.toString();
        outbox.add(key, events.create(ReferralApplicationSigned.TYPE, key,
                new ReferralApplicationSigned(r.id, a.signedOn, a.attachments.size(), now)));
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        return a;
    }

    @Transactional
    public SignedApplication read(UUID referralId) {
        Referral r = referrals.visible(referralId, LockModeType.NONE);
        SignedApplication a = em.find(SignedApplication.class, r.id);
        if (a == null) {
            throw Problems.notFound(RESOURCE);
        }
        audit.success(AuditTrail.READ, RESOURCE, r.id);
        return a;
    }
}
