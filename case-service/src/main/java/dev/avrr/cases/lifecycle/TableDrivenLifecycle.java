package dev.avrr.cases.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseHistory;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStatus;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.records.DecisionOutcome;
import dev.avrr.cases.casefile.records.DecisionStage;
import dev.avrr.cases.lifecycle.CaseTransitions.Transition;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.CaseProgressed;

/**
 * The case's lifecycle as the transition table drives it: the command is looked up in {@link CaseTransitions}, its
 * guards checked, the state taken, the step recorded with who, when and why, and the event written to the outbox —
 * all in the caller's transaction, so a refusal changes nothing. Refusals are audited on their own.
 */
@ApplicationScoped
public class TableDrivenLifecycle implements CaseLifecycle {

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    CaseHistory history;

    @Inject
    CaseEvents events;

    @Inject
    CaseWork work;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(AvrrCase c, Command command, LocalDate on, String note) {
        Transition t;
        try {
            t = CaseTransitions.find(command, c, caller.roles());
            CaseTransitions.checkGuards(t, c, on);
        } catch (ProblemException e) {
            audit.refused(AuditTrail.UPDATE, CaseAccess.RESOURCE, c.id, AuditOutcome.REFUSED);
            throw e;
        }
        OffsetDateTime now = Now.time();
        CaseStatus from = c.status();
        c.take(t.row(), now);
        stamp(c, command, on, now);
        history.record(c, CaseStep.of(command), from, note, now);
        announce(c, command, on, now);
        events.sharingIfChanged(c, now);
        work.moved(c, from);
        audit.success(AuditTrail.UPDATE, CaseAccess.RESOURCE, c.id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(AvrrCase c, CaseStep step, String note) {
        OffsetDateTime now = Now.time();
        history.record(c, step, null, note, now);
        events.sharingIfChanged(c, now);
        events.approvalIfDue(c, now);
        audit.success(AuditTrail.UPDATE, CaseAccess.RESOURCE, c.id);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireBeforeDeparture(AvrrCase c) {
        if (!c.status().isOpen() || c.departedOn != null) {
            throw refused(c, BEFORE_DEPARTURE);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ProblemException refused(AvrrCase c, String guard) {
        audit.refused(AuditTrail.UPDATE, CaseAccess.RESOURCE, c.id, AuditOutcome.REFUSED);
        return Problems.stateConflict(CaseAccess.RESOURCE, c.status().name(), guard);
    }

    private static void stamp(AvrrCase c, Command command, LocalDate on, OffsetDateTime now) {
        switch (command) {
            case SUBMIT_TO_UDI -> c.submittedToUdiAt = now;
            case RECORD_UDI_APPROVAL -> approve(c, DecisionStage.UDI, on);
            case RECORD_UNE_OVERTURN -> approve(c, DecisionStage.UNE, on);
            case RECORD_UNE_APPEAL -> c.uneAppealedOn = on;
            case SCHEDULE_TRAVEL -> c.scheduledDepartureOn = on;
            case CONFIRM_DEPARTURE -> c.departedOn = on;
            case CONFIRM_ARRIVAL -> c.arrivedOn = on;
            default -> {
            }
        }
    }

    private static void approve(AvrrCase c, DecisionStage stage, LocalDate decidedOn) {
        c.approvedAt = Now.startOf(decidedOn);
        c.approvalBasis = stage.name();
    }

    private void announce(AvrrCase c, Command command, LocalDate on, OffsetDateTime now) {
        switch (command) {
            case ASSESS_ELIGIBILITY -> events.progressed(c, CaseProgressed.ELIGIBILITY_ASSESSED, on, now);
            case SCHEDULE_TRAVEL -> events.progressed(c, CaseProgressed.TRAVEL_SCHEDULED, on, now);
            case CONFIRM_DEPARTURE -> events.progressed(c, CaseProgressed.DEPARTED, on, now);
            case CLOSE -> events.progressed(c, CaseProgressed.CLOSED, on, now);
            case WITHDRAW -> events.progressed(c, CaseProgressed.WITHDRAWN, on, now);
            case ABSCOND -> events.progressed(c, CaseProgressed.ABSCONDED, on, now);
            case RECORD_UDI_APPROVAL -> decided(c, DecisionStage.UDI, DecisionOutcome.APPROVED, on, now);
            case RECORD_UDI_REJECTION -> decided(c, DecisionStage.UDI, DecisionOutcome.REJECTED, on, now);
            case RECORD_UNE_OVERTURN -> decided(c, DecisionStage.UNE, DecisionOutcome.APPROVED, on, now);
            case RECORD_UNE_UPHELD -> decided(c, DecisionStage.UNE, DecisionOutcome.REJECTED, on, now);
            case CONFIRM_ARRIVAL -> events.returnCompleted(c);
            case CHANGE_PROGRAMME, SUBMIT_TO_UDI, RECORD_UNE_APPEAL -> {
            }
        }
    }

    private void decided(AvrrCase c, DecisionStage stage, DecisionOutcome outcome, LocalDate on, OffsetDateTime now) {
        events.udiDecision(c, stage, outcome, Now.startOf(on));
        if (outcome == DecisionOutcome.APPROVED) {
            events.approvalIfDue(c, now);
        }
    }
}
