package dev.avrr.cases.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseTraveller;
import dev.avrr.cases.casefile.records.DecisionOutcome;
import dev.avrr.cases.casefile.records.DecisionStage;
import dev.avrr.cases.udi.AppliedBeforeDepartureDeadline;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.CaseFacts;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.AccessRequested;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.ErasureRequested;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;

/**
 * The case's events on {@code avrr.case}, keyed by the case id, written to the outbox in the transaction of the
 * change: ids, codes and dates — never a name, a reason or a detail. The programme and the household's ages and
 * relations (which tell that a person is a victim of trafficking, a child alone or ill) travel sealed.
 */
@ApplicationScoped
public class CaseEvents {

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(AvrrCase c) {
        String key = c.id.toString();
        outbox.add(key, events.createWithPersonal(CaseRegistered.TYPE, key, new CaseRegistered(c.id, c.referralId,
                c.office, c.countryOfReturn, c.registeredAt, c.jurisdiction.name()),
                new CaseSpecifics(c.programme, null)));
    }

    /**
     * A traveller's personal data were corrected: announced to every service that holds them, what changed and why
     * sealed, who and when in clear.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rectified(AvrrCase c, UUID memberId, boolean applicant, PersonRectified.Correction correction) {
        String key = c.id.toString();
        outbox.add(key, events.createWithPersonal(PersonRectified.TYPE, key, new PersonRectified(c.id, c.referralId,
                memberId, applicant, caller.subject(), c.office, Now.time()), correction));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void progressed(AvrrCase c, String type, LocalDate date, OffsetDateTime at) {
        emit(c, type, new CaseProgressed(c.id, c.referralId, c.office, c.countryOfReturn,
                c.status().name(), date, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void udiDecision(AvrrCase c, DecisionStage stage, DecisionOutcome outcome, OffsetDateTime decidedAt) {
        emit(c, UdiDecisionRecorded.TYPE, new UdiDecisionRecorded(c.id, c.referralId, c.office,
                outcome.name(), stage.name(), decidedAt));
    }

    /**
     * Announces the approval once, when {@link ApprovalAnnouncementRule} says it is due: approved, every traveller's
     * age known (ages are what grant-service allocates from) and, on the Swedish route, the signed application on
     * record. A case approved before that is announced at the step that completes it (a rectification, the
     * signature).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalIfDue(AvrrCase c, OffsetDateTime now) {
        if (c.approvalAnnouncedAt != null || ApprovalAnnouncementRule.waitingFor(c).isPresent()) {
            return;
        }
        String key = c.id.toString();
        outbox.add(key, events.createWithPersonal(CaseApproved.TYPE, key, new CaseApproved(c.id, c.referralId,
                c.jurisdiction.name(), c.office, c.countryOfReturn, c.approvalBasis, c.approvedAt,
                AppliedBeforeDepartureDeadline.of(c)),
                new CaseSpecifics(c.programme, household(c, c.approvedAt.toLocalDate()))));
        c.approvalAnnouncedAt = now;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void returnCompleted(AvrrCase c) {
        String key = c.id.toString();
        outbox.add(key, events.createWithPersonal(ReturnCompleted.TYPE, key, new ReturnCompleted(c.id, c.referralId,
                c.jurisdiction.name(), c.office, c.countryOfReturn, c.arrivedOn),
                new CaseSpecifics(c.programme, household(c, c.arrivedOn))));
    }

    /**
     * Announces the facts that decide who may see the case (docs/sharing.md) when they differ from the last
     * announcement: every service that holds the case's data applies them, so a handover or a withdrawal reaches
     * the grant and the monitoring data in the same order as the case's other events.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sharingIfChanged(AvrrCase c, OffsetDateTime now) {
        CaseFacts facts = c.sharingFacts();
        String announced = facts.toString();
        if (announced.equals(c.sharingAnnounced)) {
            return;
        }
        c.sharingRevision++;
        c.sharingAnnounced = announced;
        emit(c, CaseSharingChanged.TYPE, new CaseSharingChanged(c.id, Math.toIntExact(c.sharingRevision), facts.office(),
                facts.countryOfReturn(), facts.jurisdiction(), facts.handedOverToMission(), facts.shareForReturn(),
                facts.shareWithUdi(), facts.submittedToUdi(), facts.departed(), now));
    }

    /**
     * A data-protection officer recorded an access request on the case: every other service that holds its people
     * answers with its part (docs/data-protection.md#access). Ids and the time only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accessRequested(AvrrCase c, UUID requestId, OffsetDateTime at) {
        emit(c, AccessRequested.TYPE, new AccessRequested(requestId, c.id, c.referralId, at));
    }

    /**
     * A step of the people's erasure ({@link ErasureRequested#REQUESTED}: check; {@link ErasureRequested#RELEASED}:
     * erase), answered by every other service that holds them (docs/data-protection.md#erasure). Ids and the time
     * only.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erasure(AvrrCase c, String type, UUID requestId, OffsetDateTime at) {
        emit(c, type, new ErasureRequested(requestId, c.id, c.referralId, at));
    }

    /** Everyone who travels, by member id, relation and age on the event's date. */
    static List<Traveller> household(AvrrCase c, LocalDate on) {
        return c.travellers().stream().map(t -> new Traveller(t.memberId(), t.relation(), age(t, on))).toList();
    }

    private static int age(CaseTraveller t, LocalDate on) {
        return t.birth().ageOn(on)
                .orElseThrow(() -> new IllegalStateException("A traveller's age is unknown on the event's date"));
    }

    private void emit(AvrrCase c, String type, Object data) {
        String key = c.id.toString();
        outbox.add(key, events.create(type, key, data));
    }
}
