package dev.avrr.referral.feedback;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.documents.DocumentView;
import dev.avrr.platform.documents.Documents;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.organisations.Organisation;
import dev.avrr.platform.organisations.OrganisationRegistry;
import dev.avrr.platform.subjectrights.AccessParts;
import dev.avrr.referral.consent.Consent;
import dev.avrr.referral.consent.ConsentView;
import dev.avrr.referral.consent.Consents;
import dev.avrr.referral.coordinator.SignedApplication;
import dev.avrr.referral.coordinator.SignedApplicationResource;
import dev.avrr.referral.coordinator.SignedApplications;
import dev.avrr.referral.intake.Jurisdiction;
import dev.avrr.referral.intake.NeedToKnow;
import dev.avrr.referral.intake.PersonRectification;
import dev.avrr.referral.intake.PersonRectificationView;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralStepRecord;
import dev.avrr.referral.intake.ReferralStepView;
import dev.avrr.referral.intake.ReferralView;
import dev.avrr.referral.intake.Referrals;
import dev.avrr.referral.intake.RoutingConfig;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessPartAssembled.Holding;
import dev.avrr.vocabulary.events.AccessRequested;

/**
 * referral-service's part of a person's access request ({@code avrr.case.access-requested.v1}): everything it holds
 * on the person the case came from and their household — the referral as IOM's caseworker sees it (the person,
 * household, identity numbers, contact, languages, vulnerability and notes), the consents and their withdrawals,
 * the signed application, the referral's steps, the case's milestones fed back to the referrer, the returnee's words
 * shared with the referring organisations and the corrections made on the case — with what it holds, since when,
 * why and for whom, and who read it, announced sealed on its own topic keyed by the referral. A case registered
 * directly has no referral here: nothing is announced. A referral this service does not know is answered with an
 * empty part, so that "holds nothing" is told apart from "did not answer"; a referral whose person was erased with
 * {@code {"erased": true, "erasedAt": ...}} as its data.
 */
@ApplicationScoped
public class ReferralAccessPart {

    static final String REFERRAL = "Referral: the person's identity, household, identity numbers, contact details "
            + "and languages";
    static final String VULNERABILITY = "Vulnerability: the person's needs, who identified them, the reason for "
            + "the referral and the notes";
    static final String CONSENTS = "Consents and their withdrawals";
    static final String SIGNED_APPLICATION = "Signed application and the details of its attachments";
    static final String STEPS = "Steps of the referral: who took each and when";
    static final String MILESTONES = "Milestones of the case fed back to the organisations that referred the person";
    static final String SHARED_FEEDBACK = "The person's own feedback shared with the organisations that referred "
            + "them";
    static final String RECTIFICATIONS = "Corrections of the person's data made on the case";
    static final String DOCUMENTS = "Documents: the files sent with the referral";

    @Inject
    Documents documents;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    ObjectMapper json;

    @Inject
    AccessParts accessParts;

    @Inject
    Referrals referrals;

    @Inject
    RoutingConfig routing;

    @Inject
    OrganisationRegistry organisations;

    /** What the part's {@code data} holds: one field per kind of record, as the service shows it to staff. */
    record Data(ReferralView referral, List<ConsentView> consents,
            SignedApplicationResource.View signedApplication, List<ReferralStepView> history,
            List<TimelineEntry> milestones, List<SharedFeedbackView> sharedFeedback,
            List<PersonRectificationView> rectifications, List<DocumentView> documents) {
    }

    /**
     * The returnee's words as the organisation they were shared with sees them on its timeline, to whom, and when
     * the returnee took them back (null while shared).
     */
    record SharedFeedbackView(String recipientOrg, OffsetDateTime withdrawnAt, TimelineEntry entry) {
    }

    /** The recipients of the referral's data, by the organisations this referral names. */
    private record Recipients(List<String> receivers, List<String> applicationReaders, List<String> feedbackTo) {
    }

    /** Runs in the inbox's transaction for an access request announced by case-service. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequested(EventEnvelope event) {
        AccessRequested request = events.data(event, AccessRequested.class);
        if (request.referralId() == null) {
            return;
        }
        Referral r = em.find(Referral.class, request.referralId());
        accessParts.contribute(AccessPartAssembled.REFERRAL, request,
                r == null ? nothing() : part(r, request.caseId()));
    }

    private AccessPartAssembled.Part part(Referral r, UUID caseId) {
        List<Consent> consents = em.createQuery("SELECT c FROM Consent c WHERE c.referralId = :r "
                + "ORDER BY c.recordedAt, c.id", Consent.class).setParameter("r", r.id).getResultList();
        SignedApplication application = em.find(SignedApplication.class, r.id);
        List<ReferralStepRecord> steps = referrals.steps(r);
        Set<UUID> cases = new LinkedHashSet<>(em.createQuery("SELECT l.caseId FROM CaseLink l WHERE l.referralId = :r",
                UUID.class).setParameter("r", r.id).getResultList());
        CaseLink requested = em.find(CaseLink.class, caseId);
        if (requested == null || requested.referralId.equals(r.id)) {
            // The case the request names, even before its registration reached this service; never another's.
            cases.add(caseId);
        }
        List<Milestone> milestones = cases.isEmpty() ? List.of()
                : em.createQuery("SELECT m FROM Milestone m WHERE m.caseId IN :cases ORDER BY m.occurredAt, m.id",
                        Milestone.class).setParameter("cases", cases).getResultList();
        List<SharedFeedback> feedback = cases.isEmpty() ? List.of()
                : em.createQuery("SELECT f FROM SharedFeedback f WHERE f.caseId IN :cases ORDER BY f.sharedAt, f.id",
                        SharedFeedback.class).setParameter("cases", cases).getResultList();
        List<PersonRectification> rectifications = em.createQuery("SELECT p FROM PersonRectification p "
                + "WHERE p.referralId = :r ORDER BY p.rectifiedAt, p.id", PersonRectification.class)
                .setParameter("r", r.id).getResultList();

        List<DocumentView> held = documents.held(r.id);
        JsonNode data = r.erased() ? erased(r) : json.valueToTree(new Data(ReferralView.of(r,
                NeedToKnow.Visibility.FULL, true),
                consents.stream().map(ConsentView::of).toList(),
                application == null ? null : SignedApplicationResource.View.of(application),
                steps.stream().map(ReferralStepView::of).toList(),
                milestones.stream().map(m -> TimelineEntry.of(m, r)).toList(),
                feedback.stream().map(f -> new SharedFeedbackView(SharedFeedbacks.recipientOrg(r, f.recipient)
                        .orElse(null), f.withdrawnAt, TimelineEntry.of(f, r))).toList(),
                rectifications.stream().map(PersonRectificationView::of).toList(), held));

        Recipients to = recipients(r);
        List<Holding> holdings = holdings(r.createdAt, r.vulnerability == null ? null : r.createdAt,
                first(consents, c -> c.recordedAt), application == null ? null : application.recordedAt,
                first(steps, s -> s.occurredAt), first(milestones, m -> m.receivedAt),
                first(feedback, f -> f.sharedAt), first(rectifications, p -> p.rectifiedAt),
                first(held, DocumentView::uploadedAt), to);
        List<UUID> referral = List.of(r.id);
        return new AccessPartAssembled.Part(holdings, data, accessParts.accessLog(Map.of(Referrals.RESOURCE, referral,
                Consents.RESOURCE, referral, SignedApplications.RESOURCE, referral, Timelines.RESOURCE, referral,
                Documents.RESOURCE, held.stream().map(DocumentView::id).toList())));
    }

    /**
     * A referral whose person was erased ({@link ReferralErasure}): the part says so and when, rather than show what
     * is left as if it were the person's data.
     */
    private JsonNode erased(Referral r) {
        return json.createObjectNode().put("erased", true).set("erasedAt", json.valueToTree(r.erasedAt));
    }

    /** A referral this service does not know: it holds nothing of any class, and nobody read anything. */
    private AccessPartAssembled.Part nothing() {
        return new AccessPartAssembled.Part(holdings(null, null, null, null, null, null, null, null, null, recipients(null)),
                json.createObjectNode(), List.of());
    }

    private static List<Holding> holdings(OffsetDateTime referral, OffsetDateTime vulnerability,
            OffsetDateTime consents, OffsetDateTime application, OffsetDateTime steps, OffsetDateTime milestones,
            OffsetDateTime feedback, OffsetDateTime rectifications, OffsetDateTime documents, Recipients to) {
        return List.of(
                new Holding(REFERRAL, referral, "To refer the person to IOM for assisted voluntary return, so that "
                        + "IOM can open their case.", to.receivers()),
                new Holding(VULNERABILITY, vulnerability, "So that the organisations the person is referred to know "
                        + "what they need to return safely, on a need-to-know basis.", to.receivers()),
                new Holding(CONSENTS, consents, "To share the person's data only with whom they agreed to, and to "
                        + "stop when they withdraw their consent.", to.receivers()),
                new Holding(SIGNED_APPLICATION, application, "To keep the application for assisted voluntary return "
                        + "that the person signed on the Swedish route.", to.applicationReaders()),
                new Holding(STEPS, steps, "To show who took each step of the referral and when.", to.receivers()),
                new Holding(MILESTONES, milestones, "To tell the organisation that referred the person how their "
                        + "return goes, while the person consents to it.", to.feedbackTo()),
                new Holding(SHARED_FEEDBACK, feedback, "To show the organisation the person chose the words they "
                        + "shared with it, until the person takes them back.", to.feedbackTo()),
                new Holding(RECTIFICATIONS, rectifications, "To keep a record of each correction of the person's "
                        + "data: who made it, from which office, when and why.", List.of()),
                new Holding(DOCUMENTS, documents, "To keep the documents the referral needs — the signed "
                        + "application, consent forms, a physician's statement, travel documents — each read only by "
                        + "those who need to know it.", to.receivers()));
    }

    /**
     * Who receives or sees each class: the organisation that referred the person (its draft in full, then the
     * steps and, while the person consents, the feedback), on the Swedish route the coordinator (while the person
     * consents to share with it), and the IOM office of the route (while the person consents to share with IOM, and
     * on acceptance in its case). Without a referral, the kinds of organisations that would.
     */
    private Recipients recipients(Referral r) {
        String referrer = "the partner organisation that referred the person";
        String coordinator = "the county administrative board that coordinates the Swedish route (Sweden only)";
        String iom = "the IOM office that receives the referral (IOM Oslo or IOM Helsinki)";
        if (r == null) {
            return new Recipients(List.of(referrer, coordinator, iom), List.of(coordinator, iom),
                    List.of(referrer, coordinator));
        }
        List<String> receivers = new ArrayList<>();
        List<String> feedbackTo = new ArrayList<>();
        if (r.registeredByCoordinator()) {
            String self = named("the county administrative board that registered and coordinates the referral",
                    r.coordinatorOrg);
            receivers.add(self);
            feedbackTo.add(self);
        } else {
            receivers.add(named(referrer, r.referringOrg));
            feedbackTo.add(named(referrer, r.referringOrg));
            if (r.jurisdiction == Jurisdiction.SE) {
                String board = named("the county administrative board that coordinates the referral",
                        r.coordinatorOrg);
                receivers.add(board);
                feedbackTo.add(board);
            }
        }
        String office = named("the IOM office that receives the referral", routing.iomOffice(r.jurisdiction));
        receivers.add(office);
        List<String> applicationReaders = r.jurisdiction == Jurisdiction.SE
                ? List.of(named("the county administrative board that coordinates the referral", r.coordinatorOrg),
                        office)
                : List.of(office);
        return new Recipients(List.copyOf(receivers), applicationReaders, List.copyOf(feedbackTo));
    }

    /** A kind of organisation with the name of the one this referral names. */
    private String named(String kind, String org) {
        if (org == null) {
            return kind;
        }
        String name = organisations.find(org).map(Organisation::name).filter(n -> n != null && !n.isBlank())
                .orElse(org);
        return kind + " (" + name + ")";
    }

    /** The earliest of the given times, or null when there are none. */
    private static <T> OffsetDateTime first(Collection<T> records, Function<T, OffsetDateTime> at) {
        return records.stream().map(at).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }
}
