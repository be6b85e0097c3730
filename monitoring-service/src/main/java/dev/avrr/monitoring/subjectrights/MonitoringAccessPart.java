package dev.avrr.monitoring.subjectrights;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.monitoring.alerts.AlertView;
import dev.avrr.monitoring.alerts.ProtectionAlerts;
import dev.avrr.monitoring.consent.ConsentDecision;
import dev.avrr.monitoring.consent.ConsentPurpose;
import dev.avrr.monitoring.consent.ConsentView;
import dev.avrr.monitoring.consent.Consents;
import dev.avrr.monitoring.contacts.ContactView;
import dev.avrr.monitoring.contacts.MonitoringContacts;
import dev.avrr.monitoring.feedback.FeedbackView;
import dev.avrr.monitoring.feedback.ReturneeFeedbacks;
import dev.avrr.monitoring.notifications.NotificationResource.NotificationView;
import dev.avrr.monitoring.notifications.Notifications;
import dev.avrr.monitoring.plans.CaseView;
import dev.avrr.monitoring.plans.PlanItems;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.scores.SurveyAnswersView;
import dev.avrr.monitoring.scores.SurveyView;
import dev.avrr.monitoring.scores.SustainabilitySurveys;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.subjectrights.AccessParts;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;

/**
 * monitoring-service's part of a person's access request (docs/domain.md#subject-rights): everything it holds on
 * the returnee of the case — the returnee and the plan, contacts with the wellbeing notes, protection alerts with
 * their steps, surveys with the answers, feedback, consent decisions and the notifications about the case — as the
 * service's API shows them to the mission (the fullest view staff have), each class of data with since when it is
 * held, why and who receives it, and every access to those records from the audit trail. Announced sealed, in the
 * transaction of the request's event; a case monitoring never knew gets a part too, holding nothing. After the
 * person's erasure ({@link MonitoringErasure}) the part's data say that they were erased, and when.
 */
@ApplicationScoped
public class MonitoringAccessPart {

    @Inject
    Events events;

    @Inject
    AccessParts accessParts;

    @Inject
    ObjectMapper json;

    @Inject
    MonitoredCases cases;

    @Inject
    PlanItems plans;

    @Inject
    MonitoringContacts contacts;

    @Inject
    ProtectionAlerts alerts;

    @Inject
    SustainabilitySurveys surveys;

    @Inject
    ReturneeFeedbacks feedback;

    @Inject
    Consents consents;

    @Inject
    Notifications notifications;

    /** What monitoring-service holds on the person, one field per kind of record. */
    public record Held(CaseView returnee, List<ContactView> contacts, List<AlertView> alerts,
            List<SurveyView> surveys, List<SurveyAnswersView> surveyAnswers, List<FeedbackView> feedback,
            List<ConsentView> consents, List<NotificationView> notifications) {

        static Held nothing() {
            return new Held(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequested(EventEnvelope event) {
        AccessRequested request = events.data(event, AccessRequested.class);
        UUID caseId = request.caseId();
        Optional<MonitoredCase> returnee = cases.held(caseId);
        UUID referralId = request.referralId() != null ? request.referralId()
                : returnee.map(c -> c.referralId).orElse(null);
        List<NotificationView> told = notifications.heldFor(caseId, referralId);
        if (returnee.isEmpty() && told.isEmpty()) {
            accessParts.contribute(AccessPartAssembled.MONITORING, request,
                    new AccessPartAssembled.Part(holdings(null, Held.nothing()), json.createObjectNode(), List.of()));
            return;
        }
        Held held = returnee.map(c -> new Held(CaseView.of(c, plans.of(caseId)), contacts.heldFor(caseId),
                alerts.heldFor(c), surveys.heldFor(caseId), surveys.answersHeldFor(caseId), feedback.heldFor(c),
                consents.heldFor(caseId), told))
                .orElseGet(() -> new Held(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        told));
        // Once erased, the part says so, and when: what is left here are ids, codes, dates and scores.
        JsonNode data = returnee.filter(c -> c.erasedAt != null)
                .<JsonNode>map(c -> json.createObjectNode().put("erased", true).set("erasedAt",
                        json.valueToTree(c.erasedAt)))
                .orElseGet(() -> json.valueToTree(held));
        accessParts.contribute(AccessPartAssembled.MONITORING, request, new AccessPartAssembled.Part(
                holdings(returnee.orElse(null), held), data, accessParts.accessLog(records(caseId, held))));
    }

    /** The person's records by the audit trail's resource type: whatever was read, changed or refused of them. */
    private static Map<String, Collection<UUID>> records(UUID caseId, Held held) {
        Map<String, Collection<UUID>> records = new LinkedHashMap<>();
        if (held.returnee() == null) {
            return records;
        }
        records.put(MonitoredCases.RESOURCE, List.of(caseId));
        records.put(PlanItems.RESOURCE, withCase(caseId, held.returnee().plan().stream().map(CaseView.Item::id)));
        records.put(MonitoringContacts.RESOURCE, held.contacts().stream().map(ContactView::id).toList());
        records.put(ProtectionAlerts.RESOURCE, withCase(caseId, held.alerts().stream().map(AlertView::id)));
        records.put(SustainabilitySurveys.RESOURCE, withCase(caseId, held.surveys().stream().map(SurveyView::id)));
        records.put(ReturneeFeedbacks.RESOURCE, held.feedback().stream().map(FeedbackView::id).toList());
        records.put(Consents.RESOURCE, List.of(caseId));
        return records;
    }

    /** Some records are also audited under the case's id (a list read, a refused write). */
    private static List<UUID> withCase(UUID caseId, Stream<UUID> ids) {
        return Stream.concat(Stream.of(caseId), ids).toList();
    }

    /** Each class of data monitoring-service may hold on a returnee: since when it holds it, why, who receives it. */
    static List<AccessPartAssembled.Holding> holdings(MonitoredCase c, Held held) {
        String office = c != null ? "IOM office " + c.office : "the sending IOM office";
        List<String> iom = new ArrayList<>(List.of(office));
        String mission = c != null ? "IOM mission in " + c.countryOfReturn : "the IOM mission in the country of return";
        boolean toMission = c == null || c.sharing.handedOverToMission;
        if (toMission) {
            iom.add(mission);
        }
        boolean referred = c == null || c.referralId != null;
        boolean swedish = c == null || "SE".equals(c.jurisdiction);

        List<String> returneeRecipients = new ArrayList<>(iom);
        if (referred) {
            returneeRecipients.add("the partner organisation that referred you (only that monitoring started, a "
                    + "contact was made, it completed or ended early)");
            if (swedish) {
                returneeRecipients.add("Länsstyrelsen, the coordinator of a Swedish referral (the same milestones)");
            }
        }

        List<String> contactRecipients = new ArrayList<>();
        if (toMission) {
            contactRecipients.add(mission + " (with the wellbeing notes)");
        }
        contactRecipients.add(office + " (without the wellbeing notes)");

        List<String> feedbackRecipients = new ArrayList<>();
        if (toMission) {
            feedbackRecipients.add(mission);
        }
        feedbackRecipients.add(office + " (only while you agree to forward it)");
        if (c == null || sharedWith(held, "referrer")) {
            feedbackRecipients.add("the partner organisation that referred you (only the words you approved for it, "
                    + "while you agree)");
        }
        if (c == null || sharedWith(held, "coordinator")) {
            feedbackRecipients.add("Länsstyrelsen, the coordinator of a Swedish referral (only the words you approved "
                    + "for it, while you agree)");
        }

        return List.of(
                new AccessPartAssembled.Holding("Your monitoring after the return: the case and referral it belongs to, "
                        + "the IOM office, the country of return, the programme, your household's category and size, "
                        + "the arrival date and the monitoring's status", c == null ? null : c.knownSince,
                        "To follow up on how you are doing after your return, as your reintegration programme "
                                + "foresees",
                        returneeRecipients),
                new AccessPartAssembled.Holding("Your monitoring plan: the follow-up contacts due, their dates and "
                        + "status", c == null ? null : c.startedAt,
                        "To plan the follow-up contacts after your return and see that none is missed", iom),
                new AccessPartAssembled.Holding("Contacts with you: when and how, whether you were reached, how your "
                        + "plan and the use of your grant are going, and the mission's notes on your wellbeing", earliest(held.contacts().stream().map(ContactView::recordedAt)),
                        "To record each follow-up contact and how your reintegration is going", contactRecipients),
                new AccessPartAssembled.Holding("Protection alerts: concerns for your safety, who reported them, their "
                        + "details and how they were handled",
                        earliest(held.alerts().stream().map(AlertView::raisedAt)),
                        "To protect you when there is a concern for your safety, and to make sure the IOM office "
                                + "acts on it",
                        iom),
                new AccessPartAssembled.Holding("Sustainability surveys: your answers and their scores",
                        earliest(held.surveys().stream().map(SurveyView::recordedAt)),
                        "To measure how sustainable your reintegration is, compared with the time of your return", iom),
                new AccessPartAssembled.Holding("Your own feedback, in your words",
                        earliest(held.feedback().stream().map(FeedbackView::recordedAt)),
                        "To hear what you think of the support, and pass it on only to whom you agreed",
                        feedbackRecipients),
                new AccessPartAssembled.Holding("Your consent decisions recorded by monitoring: what for, for whom, "
                        + "when, in which language and who took them",
                        earliest(held.consents().stream().map(ConsentView::recordedAt)),
                        "To know what you agreed to and what you withdrew, and act only on that", iom),
                new AccessPartAssembled.Holding("Notifications to the IOM office and the mission that something on "
                        + "your case needs their attention (ids and kinds only)",
                        earliest(held.notifications().stream().map(NotificationView::occurredAt)),
                        "To tell the IOM office and the mission at once when something on your case needs their "
                                + "attention",
                        iom));
    }

    /** Whether the person ever let a piece of their feedback reach that partner. */
    private static boolean sharedWith(Held held, String partner) {
        return held.consents().stream().anyMatch(r -> r.purpose() == ConsentPurpose.FEEDBACK_TO_PARTNER
                && r.decision() == ConsentDecision.GIVEN && partner.equals(r.recipient()));
    }

    private static OffsetDateTime earliest(Stream<OffsetDateTime> times) {
        return times.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
