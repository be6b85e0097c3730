package dev.avrr.referral.feedback;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.documents.Documents;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.subjectrights.Erasures;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.webhooks.DeliveryStatus;
import dev.avrr.referral.consent.Consent;
import dev.avrr.referral.coordinator.SignedApplication;
import dev.avrr.referral.coordinator.SignedApplicationInput;
import dev.avrr.referral.intake.PersonRectification;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralInput;
import dev.avrr.referral.intake.Referrals;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;

/**
 * referral-service's side of a person's erasure (docs/data-protection.md#erasure), for a case that came as a
 * referral; a case registered directly has nothing here and is not answered. Nothing held here stands in the way:
 * the check ({@code avrr.case.erasure-requested.v1}) answers with no blockers and changes nothing. The erasure
 * ({@code avrr.case.erasure-released.v1}) anonymises the referral in place — the person's names, date of birth,
 * languages, contact, identity numbers, household, the free text of the vulnerability and of a decline, who referred
 * them outside the system; the consents' languages and signed-form references; the signed application's language and
 * its attachments' file names and hashes; the returnee's words shared with the partners (and the webhook bodies that
 * carried them, cancelled while pending); the reasons of the corrections — and keeps the ids, statuses, codes
 * (nationality, country of return, sex, vulnerability categories), dates, steps and milestones. The reception
 * centres' residents are not linked to a referral and are never touched, so the yearly figures stay as they are; the
 * audit trail is never touched. Then the keys of the referral and of its cases are destroyed: whatever of theirs the
 * erasure did not rewrite — here, in a backup, in any copy — can no longer be read (what it rewrites, the codes of the
 * vulnerability included, is sealed with the service's key). Each record is changed once: a second erasure finds
 * nothing more to change.
 */
@ApplicationScoped
public class ReferralErasure {

    /** What a value that must stay present reads once erased. */
    public static final String ERASED = Erasures.ERASED;
    /** The language of an erased consent: ISO 639-2 "undetermined", as the column needs a code. */
    static final String UNDETERMINED_LANGUAGE = Erasures.NO_LANGUAGE;
    private static final String CANCELLED = "the person's data were erased";

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Erasures erasures;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    Documents documents;

    /** The check: nothing held here stands in the way of an erasure; nothing changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequested(EventEnvelope event) {
        ErasureRequested request = events.data(event, ErasureRequested.class);
        if (request.referralId() == null) {
            return;
        }
        erasures.answer(ErasureAnswered.REFERRAL, request, ErasureAnswered.CHECKED, List.of(), 0);
    }

    /** The erasure: everything held on the referral's person is overwritten in place, then confirmed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReleased(EventEnvelope event) {
        ErasureRequested request = events.data(event, ErasureRequested.class);
        if (request.referralId() == null) {
            return;
        }
        Referral r = em.find(Referral.class, request.referralId(), LockModeType.PESSIMISTIC_WRITE);
        int erased = erase(request.referralId(), r, request.caseId());
        erased += erasures.forgetCopies(List.of(request.caseId(), request.referralId()));
        erasures.answer(ErasureAnswered.REFERRAL, request, ErasureAnswered.ERASED, List.of(), erased);
    }

    /**
     * The retention of a declined or withdrawn referral that never became a case (docs/retention.md,
     * {@link ReferralRetention}): the person is erased as a released erasure erases them, and the copies of the
     * referral's events go; audited as an update by whoever acts (the system, for the scheduled job). No erasure
     * request, so nothing is answered. How many records were changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int eraseExpired(Referral r) {
        return erase(r.id, r, null) + erasures.forgetCopies(List.of(r.id));
    }

    /**
     * Erases the referral ({@code r}, null when it is not held here) and destroys the keys of the referral and of its
     * cases; how many records were changed. {@code caseId} is the case an erasure request names, null for none.
     */
    private int erase(UUID referralId, Referral r, UUID caseId) {
        Set<UUID> cases = cases(referralId, caseId);
        List<UUID> keys = Stream.concat(Stream.of(referralId), cases.stream()).distinct().toList();
        // From here on, what is written for them is sealed with the service's key: what the erasure keeps.
        subjectKeys.erasing(keys);
        int changed = r == null ? 0 : erase(r, cases);
        // Written before the keys go: every rewritten value is sealed with the service's key by then.
        em.flush();
        subjectKeys.destroy(keys);
        return changed;
    }

    /** How many records were changed; {@code cases} are the cases whose shared words go. */
    private int erase(Referral r, Set<UUID> cases) {
        int changed = referral(r) ? 1 : 0;
        changed += consents(r.id);
        changed += application(r.id);
        changed += sharedFeedback(cases);
        changed += rectifications(r.id);
        changed += deliveries(r.id);
        // The referral's documents go: sealed with its key, destroyed by the erasure, they could no longer be opened.
        changed += documents.erase(r.id);
        if (changed > 0) {
            audit.success(AuditTrail.UPDATE, Referrals.RESOURCE, r.id);
        }
        return changed;
    }

    /**
     * The person: what identifies or describes them goes; the codes and the referral's course stay. The first erasure
     * always writes the row (its erasure time is set), and a referral's row is written whole: each protected column
     * it keeps — the vulnerability's codes — is then sealed with the service's key, so it reads after the referral's
     * key is gone.
     */
    private static boolean referral(Referral r) {
        boolean changed = false;
        if (!ERASED.equals(r.givenName) || !ERASED.equals(r.familyName)) {
            r.givenName = ERASED;
            r.familyName = ERASED;
            changed = true;
        }
        if (r.dateOfBirth != null || r.estimatedBirthYear != null || r.interpreterNeeded != null
                || r.details != null || r.outsideReferredBy != null || r.declineNote != null) {
            r.dateOfBirth = null;
            r.estimatedBirthYear = null;
            r.interpreterNeeded = null;
            r.details = null;
            r.outsideReferredBy = null;
            r.declineNote = null;
            changed = true;
        }
        ReferralInput.Vulnerability v = r.vulnerability;
        if (v != null && (v.traffickingIdentifiedBy() != null || v.referralReason() != null || v.notes() != null)) {
            // The categories are codes; who identified a victim, the reason and the notes are the person's story.
            r.vulnerability = new ReferralInput.Vulnerability(v.categories(), v.otherSubtype(), null, null, null);
            changed = true;
        }
        if (r.erasedAt == null) {
            r.erasedAt = Now.time();
            changed = true;
        }
        return changed;
    }

    /** The consents stay as the proof of what was shared with whom; the person's languages and form reference go. */
    private int consents(UUID referralId) {
        int changed = 0;
        for (Consent c : em.createQuery("SELECT c FROM Consent c WHERE c.referralId = :r", Consent.class)
                .setParameter("r", referralId).getResultList()) {
            String withdrawalLanguage = c.withdrawalLanguage == null ? null : UNDETERMINED_LANGUAGE;
            String signedFormReference = c.signedFormReference == null ? null : ERASED;
            if (!UNDETERMINED_LANGUAGE.equals(c.language) || !Objects.equals(withdrawalLanguage, c.withdrawalLanguage)
                    || !Objects.equals(signedFormReference, c.signedFormReference)) {
                c.language = UNDETERMINED_LANGUAGE;
                c.withdrawalLanguage = withdrawalLanguage;
                c.signedFormReference = signedFormReference;
                changed++;
            }
        }
        return changed;
    }

    /**
     * The signed application keeps its date and its attachments' types, media types and sizes (their count). An
     * application without attachments nor language has nothing to erase and is not written: its empty list, still
     * sealed with the referral's key, reads as none once that key is gone, which shows as no attachments.
     */
    private int application(UUID referralId) {
        SignedApplication a = em.find(SignedApplication.class, referralId);
        if (a == null) {
            return 0;
        }
        List<SignedApplicationInput.Attachment> held = a.attachments == null ? List.of() : a.attachments;
        List<SignedApplicationInput.Attachment> attachments = held.stream().map(t -> new SignedApplicationInput
                .Attachment(t.documentType(), ERASED, t.mediaType(), t.sizeBytes(), null)).toList();
        if (a.language == null && attachments.equals(held)) {
            return 0;
        }
        a.language = null;
        a.attachments = attachments;
        return 1;
    }

    /**
     * The cases of the referral, and the case the request names unless it belongs to another referral (its
     * registration may not have reached this service yet); none named without a request.
     */
    private Set<UUID> cases(UUID referralId, UUID caseId) {
        Set<UUID> cases = new LinkedHashSet<>(em.createQuery("SELECT l.caseId FROM CaseLink l WHERE l.referralId = :r",
                UUID.class).setParameter("r", referralId).getResultList());
        if (caseId == null) {
            return cases;
        }
        CaseLink requested = em.find(CaseLink.class, caseId);
        if (requested == null || requested.referralId.equals(referralId)) {
            cases.add(caseId);
        }
        return cases;
    }

    /** The returnee's words shared with the partners: the record of what was shared, when, stays. */
    private int sharedFeedback(Set<UUID> cases) {
        if (cases.isEmpty()) {
            return 0;
        }
        int changed = 0;
        for (SharedFeedback f : em.createQuery("SELECT f FROM SharedFeedback f WHERE f.caseId IN :cases",
                SharedFeedback.class).setParameter("cases", cases).getResultList()) {
            if (!ERASED.equals(f.words)) {
                f.words = ERASED;
                changed++;
            }
        }
        return changed;
    }

    /** The corrections keep who, from which office and when; why (free text) goes. */
    private int rectifications(UUID referralId) {
        int changed = 0;
        for (PersonRectification p : em.createQuery("SELECT p FROM PersonRectification p WHERE p.referralId = :r",
                PersonRectification.class).setParameter("r", referralId).getResultList()) {
            if (!ERASED.equals(p.reason)) {
                p.reason = ERASED;
                changed++;
            }
        }
        return changed;
    }

    /**
     * The webhook bodies that carried words (the returnee's feedback) keep their ids, codes and times; the words go,
     * and what was not yet sent never leaves.
     */
    private int deliveries(UUID referralId) {
        int changed = 0;
        for (WebhookDelivery d : em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.referralId = :r",
                WebhookDelivery.class).setParameter("r", referralId).getResultList()) {
            String payload = withoutWords(d.payload);
            if (payload != null) {
                d.payload = payload;
                if (d.status == DeliveryStatus.PENDING) {
                    d.cancel(CANCELLED);
                }
                changed++;
            }
        }
        return changed;
    }

    /** The body with the entry's text erased; null when it carries no words (or they are erased already). */
    private String withoutWords(String payload) {
        try {
            JsonNode body = json.readTree(payload);
            JsonNode entry = body.get("entry");
            JsonNode text = entry == null ? null : entry.get("text");
            if (text == null || text.isNull() || ERASED.equals(text.asText())) {
                return null;
            }
            ((ObjectNode) entry).put("text", ERASED);
            return json.writeValueAsString(body);
        } catch (JsonProcessingException | ClassCastException e) {
            // Never the body in the message: it may carry the person's words.
            throw new IllegalStateException("Could not read a webhook body to erase: " + e.getClass().getSimpleName(),
                    e);
        }
    }
}
