package dev.avrr.cases.udi;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.DecisionOutcome;
import dev.avrr.cases.casefile.records.DecisionStage;
import dev.avrr.cases.casefile.records.UdiDecision;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.time.Now;

/**
 * The UDI step of a Norwegian case (docs/domain.md#the-norwegian-route): the caseworker submits it; UDI approves or rejects it, with the
 * reason and legal basis; an appeal to UNE and UNE's decision are recorded. The reason never appears in the
 * history, in events, or in any view but UDI's and the data subject's export.
 */
@ApplicationScoped
public class UdiDecisions {

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Actor actor;

    @Transactional
    public AvrrCase submit(UUID id, String ifMatch) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        lifecycle.move(c, Command.SUBMIT_TO_UDI, Now.today(), null);
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase decide(UUID id, String ifMatch, UdiDecisionInput input) {
        AvrrCase c = forUdi(id, ifMatch);
        notBefore("decidedOn", input.decidedOn(), c.submittedToUdiAt.toLocalDate(), "the submission to UDI");
        record(c, DecisionStage.UDI, input);
        lifecycle.move(c, input.outcome() == DecisionOutcome.APPROVED ? Command.RECORD_UDI_APPROVAL
                : Command.RECORD_UDI_REJECTION, input.decidedOn(), null);
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase appeal(UUID id, String ifMatch, UneAppealInput input) {
        AvrrCase c = forUdi(id, ifMatch);
        c.udiDecisionList().stream().filter(d -> d.value().stage() == DecisionStage.UDI).reduce((a, b) -> b)
                .ifPresent(d -> notBefore("appealedOn", input.appealedOn(), d.value().decidedOn(), "UDI's decision"));
        lifecycle.move(c, Command.RECORD_UNE_APPEAL, input.appealedOn(), null);
        em.flush();
        return c;
    }

    @Transactional
    public AvrrCase uneDecision(UUID id, String ifMatch, UdiDecisionInput input) {
        AvrrCase c = forUdi(id, ifMatch);
        if (c.uneAppealedOn != null) {
            notBefore("decidedOn", input.decidedOn(), c.uneAppealedOn, "the appeal");
        }
        record(c, DecisionStage.UNE, input);
        lifecycle.move(c, input.outcome() == DecisionOutcome.APPROVED ? Command.RECORD_UNE_OVERTURN
                : Command.RECORD_UNE_UPHELD, input.decidedOn(), null);
        em.flush();
        return c;
    }

    private AvrrCase forUdi(UUID id, String ifMatch) {
        return access.forChange(id, ifMatch, Audience.UDI).c();
    }

    private void record(AvrrCase c, DecisionStage stage, UdiDecisionInput input) {
        if (input.outcome() == DecisionOutcome.REJECTED && (input.reason() == null || input.reason().isBlank())) {
            throw Problems.invalid("reason", "is required for a rejection (the applicant is told it personally)");
        }
        UdiDecision decision = new UdiDecision(stage, input.outcome(), input.decidedOn(),
                input.reason() == null ? null : input.reason().trim(), input.legalBasis().trim());
        c.udiDecisions = AvrrCase.appended(c.udiDecisions,
                new Recorded<>(UUID.randomUUID(), decision, actor.subject(), actor.org(), Now.time()));
    }

    private static void notBefore(String field, LocalDate date, LocalDate earliest, String what) {
        if (date.isBefore(earliest)) {
            throw Problems.invalid(field, "is before " + what);
        }
    }
}
