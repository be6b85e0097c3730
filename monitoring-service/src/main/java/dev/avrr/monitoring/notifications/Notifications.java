package dev.avrr.monitoring.notifications;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.monitoring.returnees.HandoverReceived;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.ReturneeScope;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.CaseFacts;
import dev.avrr.platform.sharing.FactPaths;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.sharing.Viewer;
import dev.avrr.platform.time.Now;
import dev.avrr.platform.webhooks.DeliveryStatus;
import dev.avrr.platform.webhooks.WebhookSignature;
import dev.avrr.platform.webhooks.WebhookTarget;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.WorkItemOpened;

/**
 * What offices and missions are told of their returnees, pushed rather than polled (docs/monitoring-service.md,
 * notifications). A notification is written in the transaction of the change it announces, with a delivery for each
 * subscription whose owner the sharing rule lets see the case — the same rule, with the same facts, as every read
 * of the case; the stream and the list read them back under the caller's own scope. Ids and kinds only: the details
 * are read through the API.
 */
@ApplicationScoped
public class Notifications {

    static final String RESOURCE = "notification-subscription";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ReturneeScope scope;

    @Inject
    NotificationConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    /** A subscription and, when it was just made, its secret — shown this once only. */
    public record Subscribed(NotificationSubscription subscription, String secret, boolean created) {
    }

    /** Announces something about a returnee to every subscriber who may see them; in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification announce(MonitoredCase c, NotificationKind kind, UUID subjectId) {
        return add(c, kind, subjectId, 0, false);
    }

    /** The mission is told of a returnee handed over to it, in the transaction that learnt it. */
    void onHandover(@Observes HandoverReceived handover) {
        announce(handover.returnee(), NotificationKind.HANDOVER_RECEIVED, handover.returnee().caseId);
    }

    /** Announces that an alert reached an escalation level: to every subscriber, escalation channels included. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification escalate(MonitoredCase c, UUID alertId, int level) {
        return add(c, NotificationKind.ALERT_ESCALATED, alertId, level, true);
    }

    /**
     * Announces a new item on another service's work queue to the subscribers who do that work and may see it:
     * the office's caseworkers, or the mission of the case's country under the sharing rule on the facts this
     * service keeps of the case (none, before the case is known here).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification workItemOpened(WorkItemOpened item) {
        Notification n = new Notification();
        n.caseId = item.caseId();
        n.office = item.office();
        n.audience = item.audience();
        n.itemKind = item.kind();
        n.href = item.href();
        MonitoredCase c = item.caseId() == null ? null : em.find(MonitoredCase.class, item.caseId());
        return add(n, c, NotificationKind.WORK_ITEM_OPENED, item.subjectId(), 0, false);
    }

    private Notification add(MonitoredCase c, NotificationKind kind, UUID subjectId, int level, boolean escalation) {
        Notification n = new Notification();
        n.caseId = c.caseId;
        n.office = c.office;
        return add(n, c, kind, subjectId, level, escalation);
    }

    private Notification add(Notification n, MonitoredCase c, NotificationKind kind, UUID subjectId, int level,
            boolean escalation) {
        OffsetDateTime now = Now.time();
        n.id = UUID.randomUUID();
        n.kind = kind;
        n.subjectId = subjectId;
        n.level = level;
        n.escalation = escalation;
        n.createdAt = now;
        em.persist(n);
        em.flush();
        String payload = payload(n);
        for (NotificationSubscription s : em.createQuery("SELECT s FROM NotificationSubscription s ORDER BY s.id",
                NotificationSubscription.class).getResultList()) {
            if (!s.channel.receives(escalation) || !sees(s.viewer(), n, c)) {
                continue;
            }
            NotificationDelivery d = new NotificationDelivery();
            d.queue(n, s, payload, now);
            em.persist(d);
        }
        return n;
    }

    /**
     * The one rule: a subscriber receives what it could read of the case ({@code c}, null when there is none or it
     * is not known here yet), as its mission or its sending office — of a work item, only in the item's audience.
     * Without a case, the facts are the office's alone, which only its caseworkers see.
     */
    static boolean sees(Viewer v, Notification n, MonitoredCase c) {
        CaseFacts facts = c != null ? c.facts() : new CaseFacts(n.office, null, null, false, false, false, false, false);
        return SharingRule.audience(v, facts, audiences(n)).isPresent();
    }

    private static Audience[] audiences(Notification n) {
        return n.audience == null ? new Audience[] { Audience.MISSION, Audience.CASEWORKER }
                : new Audience[] { Audience.valueOf(n.audience) };
    }

    private String payload(Notification n) {
        try {
            return json.writeValueAsString(NotificationResource.NotificationView.of(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a notification body", e);
        }
    }

    /**
     * The caller's scope as a condition on notifications ({@code n}) joined with their returnee ({@code c}, if
     * any) — the rule of {@link #sees}, in JPQL: built
     * while the request is under way, usable by the stream after it.
     */
    public Where visibleToCaller() {
        scope.requireClaims();
        Viewer v = Viewer.of(caller);
        FactPaths ofCase = FactPaths.projection("c");
        FactPaths ofOffice = new FactPaths("n.office", ofCase.countryOfReturn(), ofCase.norwegian(),
                ofCase.handedOverToMission(), ofCase.shareForReturn(), ofCase.shareWithUdi(), ofCase.submittedToUdi());
        return Where.within(forAudience(Audience.MISSION, SharingRule.condition(v, ofCase, Audience.MISSION))
                .or(forAudience(Audience.CASEWORKER, SharingRule.condition(v, ofOffice, Audience.CASEWORKER))));
    }

    private static SharingRule.Condition forAudience(Audience audience, SharingRule.Condition condition) {
        return new SharingRule.Condition("((n.audience IS NULL OR n.audience = '" + audience.name() + "') AND "
                + condition.jpql() + ")", condition.parameters());
    }

    /** The caller's notifications after {@code afterSeq}, oldest first, at most {@code limit}. */
    @Transactional
    public List<Notification> after(Where visible, long afterSeq, int limit) {
        Where where = visible.copy().and("n.seq > :after", "after", afterSeq);
        var query = em.createQuery("SELECT n FROM Notification n LEFT JOIN MonitoredCase c ON c.caseId = n.caseId"
                + where.clause()
                + " ORDER BY n.seq", Notification.class).setMaxResults(limit);
        where.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * Every notification about the case — and, before the case existed, about the referral it came from — oldest
     * first, as the list shows them: for the person's own access request, which is audited as an export.
     *
     * @param referralId the referral the case came from; null if none is known
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<NotificationResource.NotificationView> heldFor(UUID caseId, UUID referralId) {
        var query = referralId == null
                ? em.createQuery("SELECT n FROM Notification n WHERE n.caseId = :case ORDER BY n.seq", Notification.class)
                : em.createQuery("SELECT n FROM Notification n WHERE n.caseId = :case OR (n.caseId IS NULL AND "
                        + "n.subjectId = :referral) ORDER BY n.seq", Notification.class)
                        .setParameter("referral", referralId);
        return query.setParameter("case", caseId).getResultList().stream()
                .map(NotificationResource.NotificationView::of).toList();
    }

    /** Registers the caller's webhook for a channel, or changes its URL (the secret stays). */
    @Transactional
    public Subscribed subscribe(Channel channel, String url) {
        scope.requireClaims();
        String org = caller.requireOrg();
        WebhookTarget.require(url, config.allowPrivateAddresses());
        OffsetDateTime now = Now.time();
        NotificationSubscription s = own(org, channel);
        boolean created = s == null;
        if (created) {
            s = new NotificationSubscription();
            s.id = UUID.randomUUID();
            s.org = org;
            s.channel = channel;
            s.secret = WebhookSignature.newSecret();
            s.createdAt = now;
        }
        s.roles = Stream.of(Roles.CASEWORKER, Roles.MISSION).filter(caller::hasRole).collect(Collectors.joining(","));
        s.country = caller.country().orElse(null);
        s.url = url;
        s.updatedAt = now;
        if (created) {
            em.persist(s);
        }
        audit.success(created ? AuditTrail.CREATE : AuditTrail.UPDATE, RESOURCE, s.id);
        em.flush();
        return new Subscribed(s, created ? s.secret : null, created);
    }

    /** The caller organisation's subscriptions (never their secrets). */
    @Transactional
    public List<NotificationSubscription> subscriptions() {
        scope.requireClaims();
        String org = caller.requireOrg();
        List<NotificationSubscription> found = em.createQuery("SELECT s FROM NotificationSubscription s "
                + "WHERE s.org = :org ORDER BY s.channel", NotificationSubscription.class)
                .setParameter("org", org).getResultList();
        audit.successAll(AuditTrail.READ, RESOURCE, found.stream().map(s -> s.id).toList());
        return found;
    }

    /** Removes a channel's webhook; what was still pending for it is cancelled. */
    @Transactional
    public void unsubscribe(Channel channel) {
        scope.requireClaims();
        NotificationSubscription s = own(caller.requireOrg(), channel);
        if (s == null) {
            throw Problems.notFound("notification subscription");
        }
        em.createQuery("UPDATE NotificationDelivery d SET d.status = :cancelled, d.nextAttemptAt = null, "
                + "d.lastError = 'subscription removed' WHERE d.subscriptionId = :id AND d.status = :pending")
                .setParameter("cancelled", DeliveryStatus.CANCELLED).setParameter("pending", DeliveryStatus.PENDING).setParameter("id", s.id).executeUpdate();
        em.remove(s);
        audit.success(AuditTrail.UPDATE, RESOURCE, s.id);
    }

    private NotificationSubscription own(String org, Channel channel) {
        return em.createQuery("SELECT s FROM NotificationSubscription s WHERE s.org = :org AND s.channel = :channel",
                NotificationSubscription.class).setParameter("org", org).setParameter("channel", channel)
                .getResultStream().findFirst().orElse(null);
    }
}
