package dev.avrr.cases.consent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.ConsentPurpose;
import dev.avrr.cases.casefile.records.ConsentSource;
import dev.avrr.platform.consent.ConsentDating;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;
import dev.avrr.vocabulary.events.ReferralConsentGiven;
import dev.avrr.vocabulary.events.ReferralConsentWithdrawn;

/**
 * The person's consents held on a case and the signed application: recorded by the caseworker, or learnt from
 * referral-service's events (a consent withdrawn at the referrer, the application signed on the Swedish route).
 */
@ApplicationScoped
public class Consents {

    private static final Logger LOG = Logger.getLogger(Consents.class);
    static final String ALREADY_WITHDRAWN = "consent-already-withdrawn";
    static final String CASE_ENDED = "case-ended";
    static final String APPLICATION_FIXED = "application-fixed-once-submitted";
    /** The purpose of referral-service's consent whose withdrawal stops sharing from the case. */
    static final String SHARE_WITH_IOM = "SHARE_WITH_IOM";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Actor actor;

    @Inject
    Events events;

    @Transactional
    public AvrrCase record(UUID id, String ifMatch, ConsentInput input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        if (!c.status().isOpen()) {
            throw lifecycle.refused(c, CASE_ENDED);
        }
        Optional<LocalDate> latestWithdrawal = c.consentList().stream()
                .filter(k -> k.purpose() == input.purpose() && k.withdrawnOn() != null).map(Consent::withdrawnOn)
                .max(Comparator.naturalOrder());
        ConsentDating.check(input.givenOn(), latestWithdrawal, Now.today(), input.signedFormReference());
        String form = input.signedFormReference() == null || input.signedFormReference().isBlank() ? null
                : input.signedFormReference().trim();
        Consent consent = new Consent(UUID.randomUUID(), input.purpose(), input.purpose().recipient(), input.givenOn(),
                input.language().trim(), input.interpreterUsed(), ConsentSource.CASEWORKER, actor.subject(),
                actor.org(), Now.time(), null, null, null, null, form);
        c.consents(AvrrCase.appended(c.consentList(), consent));
        lifecycle.note(c, CaseStep.CONSENT_RECORDED, input.purpose().name());
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase withdraw(UUID id, UUID consentId, String ifMatch, ConsentWithdrawal input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        Consent consent = c.consentList().stream().filter(k -> k.id().equals(consentId)).findFirst()
                .orElseThrow(() -> Problems.notFound("consent"));
        if (!consent.stands()) {
            throw Problems.stateConflict("consent", "WITHDRAWN", ALREADY_WITHDRAWN);
        }
        if (input.withdrawnOn().isBefore(consent.givenOn())) {
            throw Problems.invalid("withdrawnOn", "is before the consent was given");
        }
        Consent withdrawn = consent.withdrawn(input.withdrawnOn(), ConsentSource.CASEWORKER, actor.subject(),
                Now.time());
        c.consents(c.consentList().stream().map(k -> k.id().equals(consentId) ? withdrawn : k).toList());
        lifecycle.note(c, CaseStep.CONSENT_WITHDRAWN, consent.purpose().name());
        em.flush();
        return c;
    }

    /** The signed application, recorded by the caseworker; it can be corrected until the case moved on. */
    @Transactional
    public AvrrCase recordApplication(UUID id, String ifMatch, SignedApplicationInput input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        if (c.status() != CaseStatus.REGISTERED && c.status() != CaseStatus.ELIGIBILITY_ASSESSED) {
            throw lifecycle.refused(c, APPLICATION_FIXED);
        }
        signed(c, input.signedOn(), input.attachments(), "CASEWORKER");
        em.flush();
        return c;
    }

    /**
     * The person withdrew, at the referrer, the consent to share with IOM: every consent to share from the case
     * onward is withdrawn with it, so nothing more leaves the case until the person consents again to IOM.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReferralConsentWithdrawn(EventEnvelope event) {
        ReferralConsentWithdrawn w = events.data(event, ReferralConsentWithdrawn.class);
        if (!SHARE_WITH_IOM.equals(w.purpose())) {
            return;
        }
        List<AvrrCase> found = byReferral(w.referralId());
        if (found.isEmpty()) {
            LOG.infof("Consent withdrawn for referral %s, which has no case: nothing was shared", w.referralId());
            return;
        }
        AvrrCase c = found.get(0);
        OffsetDateTime now = Now.time();
        c.consents(c.consentList().stream()
                .map(k -> k.stands() && k.purpose() == ConsentPurpose.SHARE_FOR_RETURN
                        ? k.withdrawn(w.withdrawnAt().toLocalDate(), ConsentSource.REFERRAL, actor.subject(), now)
                        : k)
                .toList());
        lifecycle.note(c, CaseStep.CONSENT_WITHDRAWN, SHARE_WITH_IOM + " withdrawn at the referrer");
    }

    /**
     * The person gave again, at the referrer, the consent to share with IOM (with a signed form). It is noted on
     * the case; the consents to share onward that the withdrawal ended stay withdrawn until the person gives
     * them again on the case: one consent does not bring back another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReferralConsentGiven(EventEnvelope event) {
        ReferralConsentGiven g = events.data(event, ReferralConsentGiven.class);
        if (!SHARE_WITH_IOM.equals(g.purpose())) {
            return;
        }
        List<AvrrCase> found = byReferral(g.referralId());
        if (!found.isEmpty()) {
            lifecycle.note(found.get(0), CaseStep.CONSENT_RECORDED, SHARE_WITH_IOM + " given again at the referrer");
        }
    }

    /** Välgrundat beslut (docs/domain.md#the-swedish-route): the signed application, recorded in referral-service, is noted on the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onApplicationSigned(EventEnvelope event) {
        ReferralApplicationSigned s = events.data(event, ReferralApplicationSigned.class);
        List<AvrrCase> found = byReferral(s.referralId());
        if (found.isEmpty()) {
            throw new EventRejectedException("Event " + event.id() + ": no case for referral " + s.referralId());
        }
        signed(found.get(0), s.signedOn(), s.attachments(), "REFERRAL");
    }

    private void signed(AvrrCase c, LocalDate signedOn, int attachments, String source) {
        c.applicationSignedOn = signedOn;
        c.applicationAttachments = attachments;
        c.applicationSource = source;
        c.applicationRecordedAt = Now.time();
        lifecycle.note(c, CaseStep.APPLICATION_SIGNED, null);
    }

    private List<AvrrCase> byReferral(UUID referralId) {
        return em.createQuery("SELECT c FROM AvrrCase c WHERE c.referralId = :r", AvrrCase.class)
                .setParameter("r", referralId).getResultList();
    }
}
