package dev.avrr.cases.lifecycle;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.travel.JourneyDates;
import dev.avrr.platform.problem.Problems;

/** Ends a case: closed after arrival (or a final rejection), withdrawn, or absconded before arrival. */
@ApplicationScoped
public class CaseEndings {

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Transactional
    public AvrrCase end(UUID id, String ifMatch, Command command, EndCase input) {
        if (command == Command.WITHDRAW && input.reason() == null) {
            throw Problems.invalid("reason", "is required for a withdrawal");
        }
        AvrrCase c = access.forCaseworker(id, ifMatch);
        JourneyDates.ending(input.endedOn(), c.departedOn, c.arrivedOn).ifPresent(refusal -> {
            throw refusal.problem();
        });
        String note = (input.reason() == null ? "" : input.reason().name())
                + (input.note() == null || input.note().isBlank() ? "" : ": " + input.note().trim());
        lifecycle.move(c, command, input.endedOn(), note);
        em.flush();
        return c;
    }
}
