package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.webhooks.DeliveryStatus;
import dev.avrr.platform.webhooks.WebhookSignature;
import dev.avrr.platform.webhooks.WebhookTarget;
import dev.avrr.referral.consent.ConsentRecipients;
import dev.avrr.referral.consent.Consents;
import dev.avrr.referral.intake.ConsentPurpose;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.RoutingConfig;

/**
 * An organisation's webhook: its callback URL and secret, and the deliveries made to it. Deliveries are queued
 * here, in the transaction of what they announce, for each organisation that receives feedback on the referral
 * (the referrer; on the Swedish route the coordinator too), has a callback, and holds the person's standing
 * consent to feedback — never for what the organisation did itself.
 */
@ApplicationScoped
public class Webhooks {

    static final String RESOURCE = "webhook-subscription";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    WebhookConfig config;

    @Inject
    Consents consents;

    @Inject
    RoutingConfig routing;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    @Inject
    ReturnNews news;

    /** A subscription and, when it was just made or rotated, its secret — shown this once only. */
    public record Subscribed(WebhookSubscription subscription, String secret, boolean created) {
    }

    /** A delivery and its attempts, as the organisation sees them. */
    public record DeliveryWithAttempts(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    /** Registers the caller organisation's callback URL, or changes it (the secret stays). */
    @Transactional
    public Subscribed subscribe(String url) {
        String org = caller.requireOrg();
        WebhookTarget.require(url, config.allowPrivateAddresses());
        OffsetDateTime now = Now.time();
        WebhookSubscription s = em.find(WebhookSubscription.class, org, LockModeType.PESSIMISTIC_WRITE);
        boolean created = s == null;
        if (created) {
            s = new WebhookSubscription();
            s.org = org;
            s.secret = WebhookSignature.newSecret();
            s.createdAt = now;
            s.secretRotatedAt = now;
        }
        s.url = url;
        s.updatedAt = now;
        if (created) {
            em.persist(s);
        }
        audit.success(created ? AuditTrail.CREATE : AuditTrail.UPDATE, RESOURCE, org);
        em.flush();
        return new Subscribed(s, created ? s.secret : null, created);
    }

    @Transactional
    public WebhookSubscription read() {
        return own(LockModeType.NONE);
    }

    /** A new secret signs from now on; the previous one signs too for the grace period. */
    @Transactional
    public Subscribed rotate() {
        WebhookSubscription s = own(LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = Now.time();
        s.previousSecret = s.secret;
        s.previousSecretUntil = now.plus(config.rotationGrace());
        s.secret = WebhookSignature.newSecret();
        s.secretRotatedAt = now;
        s.updatedAt = now;
        audit.success(AuditTrail.UPDATE, RESOURCE, s.org);
        em.flush();
        return new Subscribed(s, s.secret, false);
    }

    /** Removes the callback; what was still pending is cancelled. */
    @Transactional
    public void unsubscribe() {
        WebhookSubscription s = own(LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("UPDATE WebhookDelivery d SET d.status = :cancelled, d.nextAttemptAt = null, "
                + "d.lastError = 'subscription removed' WHERE d.org = :org AND d.status = :pending")
                .setParameter("cancelled", DeliveryStatus.CANCELLED)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("org", s.org).executeUpdate();
        em.remove(s);
        audit.success(AuditTrail.UPDATE, RESOURCE, s.org);
    }

    @Transactional
    public Page<DeliveryWithAttempts> deliveries(DeliveryStatus status, UUID referralId, PageRequest page) {
        String org = caller.requireOrg();
        Where where = Where.of("d.org = :org", Map.of("org", org)).and("d.status = :status", "status", status)
                .and("d.referralId = :referral", "referral", referralId);
        Page<WebhookDelivery> found = PagedQuery.page(em, "d", "FROM WebhookDelivery d" + where.clause(),
                "ORDER BY d.createdAt DESC, d.id", where.parameters(), page, WebhookDelivery.class);
        List<WebhookDelivery> items = found.items();
        Map<UUID, List<WebhookAttempt>> attempts = new HashMap<>();
        if (!items.isEmpty()) {
            em.createQuery("SELECT a FROM WebhookAttempt a WHERE a.deliveryId IN :ids ORDER BY a.id", WebhookAttempt.class)
                    .setParameter("ids", items.stream().map(d -> d.id).toList()).getResultList()
                    .forEach(a -> attempts.computeIfAbsent(a.deliveryId, k -> new ArrayList<>()).add(a));
        }
        audit.success(AuditTrail.READ, RESOURCE, org);
        return found.map(d -> new DeliveryWithAttempts(d, attempts.getOrDefault(d.id, List.of())));
    }

    /** Queues the entry for every organisation that is to be told of it; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Referral r, TimelineEntry entry) {
        OffsetDateTime now = Now.time();
        for (String org : ConsentRecipients.allowed(ConsentPurpose.FEEDBACK_TO_REFERRER, r, routing)) {
            if (!org.equals(entry.byOrg()) && news.tells(org, r, entry)) {
                queue(r, org, entry, null, now);
            }
        }
    }

    /**
     * Queues an entry for one organisation only (the returnee's feedback shared with it), naming what it carries so
     * that a withdrawal can cancel it; in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueTo(Referral r, String org, TimelineEntry entry, UUID subjectId) {
        queue(r, org, entry, subjectId, Now.time());
    }

    /** Cancels what is still pending of the deliveries that carry this subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID subjectId, String why) {
        em.createQuery("SELECT d FROM WebhookDelivery d WHERE d.subjectId = :s AND d.status = :pending",
                WebhookDelivery.class).setParameter("s", subjectId).setParameter("pending", DeliveryStatus.PENDING)
                .getResultList().forEach(d -> d.cancel(why));
    }

    private void queue(Referral r, String org, TimelineEntry entry, UUID subjectId, OffsetDateTime now) {
        if (em.find(WebhookSubscription.class, org) == null
                || !consents.stands(r.id, ConsentPurpose.FEEDBACK_TO_REFERRER, org)) {
            return;
        }
        WebhookDelivery d = new WebhookDelivery();
        UUID id = UUID.randomUUID();
        d.queue(id, org, r.id, entry, payload(id, r.id, entry), now);
        d.subjectId = subjectId;
        em.persist(d);
    }

    private String payload(UUID deliveryId, UUID referralId, TimelineEntry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryId", deliveryId);
        body.put("referralId", referralId);
        body.put("entry", entry);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a webhook body", e);
        }
    }

    private WebhookSubscription own(LockModeType lock) {
        String org = caller.requireOrg();
        WebhookSubscription s = em.find(WebhookSubscription.class, org, lock);
        if (s == null) {
            throw Problems.notFound("webhook subscription");
        }
        audit.success(AuditTrail.READ, RESOURCE, org);
        return s;
    }
}
