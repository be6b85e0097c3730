package dev.avrr.referral.consent;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.consent.ConsentDating;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.referral.intake.ConsentPurpose;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralConsents;
import dev.avrr.referral.intake.ReferralInput.ConsentInput;
import dev.avrr.referral.intake.ReferralStatus;
import dev.avrr.referral.intake.ReferralStep;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.referral.intake.Referrals;
import dev.avrr.referral.intake.RoutingConfig;
import dev.avrr.vocabulary.events.ReferralConsentGiven;
import dev.avrr.vocabulary.events.ReferralConsentWithdrawn;

/**
 * The person's consents on a referral, per purpose and recipient: recorded, read, withdrawn. A withdrawal is
 * announced ({@code avrr.referral.consent-withdrawn.v1}) so that case-service stops sharing too; here it stops
 * every further share (the receiver no longer sees the person) and all feedback (timeline, webhooks).
 */
@ApplicationScoped
public class Consents implements ReferralConsents {

    public static final String RESOURCE = "referral-consent";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Referrals referrals;

    @Inject
    RoutingConfig routing;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Consent> list(UUID referralId) {
        referrals.visible(referralId, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, referralId);
        return of(referralId);
    }

    @Transactional
    public Consent record(UUID referralId, ConsentInput input) {
        Referral r = referrals.visible(referralId, LockModeType.PESSIMISTIC_WRITE);
        if (r.status() == ReferralStatus.DECLINED || r.status() == ReferralStatus.WITHDRAWN) {
            throw Problems.stateConflict("referral", r.status().name(), "consent is recorded only on a live referral");
        }
        if (r.erased()) {
            throw Problems.stateConflict("referral", r.status().name(), "the person's data on the referral were erased");
        }
        Consent c = newConsent(r, input, "", null);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        return c;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Key> recordAll(Referral r, List<ConsentInput> inputs) {
        Set<Key> standing = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Consent c = newConsent(r, inputs.get(i), "consents[" + i + "].", standing);
            standing.add(new Key(c.purpose, c.recipientOrg));
        }
        return standing;
    }

    /**
     * A consent given now. {@code known}: the consents that stand on a new referral (nothing is read, and nothing was
     * withdrawn), or null to read them.
     */
    private Consent newConsent(Referral r, ConsentInput input, String field, Set<Key> known) {
        List<String> allowed = ConsentRecipients.allowed(input.purpose(), r, routing);
        if (allowed.isEmpty()) {
            throw Problems.invalid(field + "purpose", input.purpose() + " is only for the Swedish route");
        }
        String recipient = input.recipientOrg() == null || input.recipientOrg().isBlank() ? allowed.get(0)
                : input.recipientOrg().trim();
        if (!allowed.contains(recipient)) {
            throw Problems.invalid(field + "recipientOrg", "for " + input.purpose() + " on this referral is one of "
                    + String.join(", ", allowed));
        }
        if (known != null ? known.contains(new Key(input.purpose(), recipient))
                : stands(r.id, input.purpose(), recipient)) {
            if (!field.isEmpty()) {
                throw Problems.invalid(field + "purpose", "gives the same purpose and recipient twice");
            }
            throw Problems.rule("consent-already-standing", "A consent for " + input.purpose() + " to " + recipient
                    + " already stands");
        }
        OffsetDateTime now = Now.time();
        OffsetDateTime givenAt = input.givenAt() == null ? now : input.givenAt();
        Optional<Instant> withdrawn = known != null ? Optional.empty()
                : latestWithdrawal(r.id, input.purpose(), recipient);
        ConsentDating.check(givenAt.toInstant(), withdrawn, now.toInstant(), input.signedFormReference());
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.referralId = r.id;
        c.purpose = input.purpose();
        c.recipientOrg = recipient;
        c.givenAt = givenAt;
        c.signedFormReference = input.signedFormReference() == null || input.signedFormReference().isBlank() ? null
                : input.signedFormReference().trim();
        c.language = input.language();
        c.interpreterUsed = input.interpreterUsed();
        c.recordedAt = now;
        c.recordedBy = caller.subject();
        c.recordedByOrg = caller.org().orElse(null);
        em.persist(c);
        if (withdrawn.isPresent()) {
            // A consent that reverses a withdrawal is announced to every service and on the referrer's timeline.
            String key = r.id.toString();
            outbox.add(key, events.create(ReferralConsentGiven.TYPE, key,
                    new ReferralConsentGiven(r.id, c.purpose.name(), c.recipientOrg, givenAt, now)));
            referrals.note(r, ReferralStep.CONSENT_GIVEN_AGAIN);
        }
        return c;
    }

    /** When the person last withdrew a consent of this purpose to this recipient on the referral, if ever. */
    private Optional<Instant> latestWithdrawal(UUID referralId, ConsentPurpose purpose, String recipientOrg) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(c.withdrawnAt) FROM Consent c WHERE c.referralId = :r "
                + "AND c.purpose = :p AND c.recipientOrg = :o", OffsetDateTime.class).setParameter("r", referralId)
                .setParameter("p", purpose).setParameter("o", recipientOrg).getSingleResult())
                .map(OffsetDateTime::toInstant);
    }

    /** Withdraws the standing consents for the given purposes (every one when empty); each is announced. */
    @Transactional
    public List<Consent> withdraw(UUID referralId, ConsentWithdrawal withdrawal) {
        Referral r = referrals.visible(referralId, LockModeType.PESSIMISTIC_WRITE);
        Set<ConsentPurpose> purposes = withdrawal.purposes() == null || withdrawal.purposes().isEmpty()
                ? Set.of(ConsentPurpose.values()) : withdrawal.purposes();
        List<Consent> withdrawn = of(r.id).stream().filter(c -> c.stands() && purposes.contains(c.purpose)).toList();
        if (withdrawn.isEmpty()) {
            throw Problems.rule("no-standing-consent", "No standing consent for " + purposes + " to withdraw");
        }
        OffsetDateTime now = Now.time();
        for (Consent c : withdrawn) {
            c.withdrawnAt = now;
            c.withdrawalLanguage = withdrawal.language();
            c.withdrawalInterpreterUsed = withdrawal.interpreterUsed();
            c.withdrawalRecordedBy = caller.subject();
            c.withdrawalRecordedByOrg = caller.org().orElse(null);
            String key = r.id.toString();
            outbox.add(key, events.create(ReferralConsentWithdrawn.TYPE, key,
                    new ReferralConsentWithdrawn(r.id, c.purpose.name(), c.recipientOrg, now)));
        }
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        em.flush();
        return withdrawn;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireToShare(Referral r, Command command) {
        requireToShare(r, command, null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireToShare(Referral r, Command command, Set<Key> standing) {
        ConsentToShare.neededFor(command, r, routing).ifPresent(needed -> {
            if (standing != null ? !standing.contains(new Key(needed.purpose(), needed.recipientOrg()))
                    : !stands(r.id, needed.purpose(), needed.recipientOrg())) {
                throw Problems.rule(ConsentToShare.RULE, "The person has no standing consent to " + needed.purpose()
                        + " with " + needed.recipientOrg() + "; record it with POST .../consents first");
            }
        });
    }

    public boolean stands(UUID referralId, ConsentPurpose purpose, String recipientOrg) {
        return em.createQuery("SELECT count(c) FROM Consent c WHERE c.referralId = :r AND c.purpose = :p "
                + "AND c.recipientOrg = :o AND c.withdrawnAt IS NULL", Long.class)
                .setParameter("r", referralId).setParameter("p", purpose).setParameter("o", recipientOrg)
                .getSingleResult() > 0;
    }

    @Override
    public Map<UUID, Set<Key>> standing(Collection<UUID> referralIds) {
        Map<UUID, Set<Key>> byReferral = new HashMap<>();
        if (referralIds.isEmpty()) {
            return byReferral;
        }
        // Only what the answer needs, no entity; one referral by equality, whose query plan Hibernate keeps.
        String select = "SELECT c.referralId, c.purpose, c.recipientOrg FROM Consent c WHERE c.withdrawnAt IS NULL AND ";
        TypedQuery<Object[]> query = referralIds.size() == 1
                ? em.createQuery(select + "c.referralId = :id", Object[].class)
                        .setParameter("id", referralIds.iterator().next())
                : em.createQuery(select + "c.referralId IN :ids", Object[].class).setParameter("ids", referralIds);
        query.getResultList().forEach(row -> byReferral.computeIfAbsent((UUID) row[0], k -> new HashSet<>())
                .add(new Key((ConsentPurpose) row[1], (String) row[2])));
        return byReferral;
    }

    private List<Consent> of(UUID referralId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.referralId = :r ORDER BY c.recordedAt, c.id",
                Consent.class).setParameter("r", referralId).getResultList();
    }
}
