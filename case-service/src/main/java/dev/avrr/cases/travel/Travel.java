package dev.avrr.cases.travel;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.TravelArrangements;
import dev.avrr.cases.casefile.records.TravelBooking;
import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.identifiers.MrzCheckDigit;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.time.Now;

/**
 * Travel (docs/domain.md#the-norwegian-route, step 5; docs/domain.md#the-swedish-route, step 9): arrangements (document, escort, assistance), the booking — which every travel
 * gate guards — and the confirmed departure and arrival; arrival completes the return.
 */
@ApplicationScoped
public class Travel {

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Actor actor;

    /** The case and the audience that confirmed the arrival, whose view answers. */
    public record Arrived(AvrrCase c, Audience audience) {
    }

    @Transactional
    public AvrrCase arrangements(UUID id, String ifMatch, TravelArrangements input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        lifecycle.requireBeforeDeparture(c);
        String mrz = input.travelDocument().mrzLine2();
        if (mrz != null && !mrz.isBlank()) {
            IdentifierCheck check = MrzCheckDigit.checkTd3Line2(mrz.trim());
            if (!check.accepted()) {
                throw Problems.invalid("travelDocument.mrzLine2", check.message());
            }
        }
        c.travelArrangements = new Recorded<>(UUID.randomUUID(), input, actor.subject(), actor.org(), Now.time());
        lifecycle.note(c, CaseStep.TRAVEL_ARRANGED, input.travelDocument().status().name());
        em.flush();
        return c;
    }

    /** Books the tickets: every travel gate must pass on the departure date. */
    @Transactional
    public AvrrCase book(UUID id, String ifMatch, TravelBooking input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        if (input.departureDate().isBefore(Now.today())) {
            throw Problems.invalid("departureDate", "must not be in the past");
        }
        if (input.from().equals(input.to())) {
            throw Problems.invalid("to", "must differ from the airport of departure");
        }
        c.travelBooking = new Recorded<>(UUID.randomUUID(), input, actor.subject(), actor.org(), Now.time());
        lifecycle.move(c, Command.SCHEDULE_TRAVEL, input.departureDate(), input.ticketReference());
        em.flush();
        return c;
    }

    /** Confirms the departure: the gates are checked again, on the day the person left. */
    @Transactional
    public AvrrCase depart(UUID id, String ifMatch, DateInputs.Departure input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        JourneyDates.checkDeparture(c, input.departedOn());
        lifecycle.move(c, Command.CONFIRM_DEPARTURE, input.departedOn(), null);
        em.flush();
        return c;
    }

    /** Confirms the arrival, by the office's caseworker or the mission of the country of return. */
    @Transactional
    public Arrived arrive(UUID id, String ifMatch, DateInputs.Arrival input) {
        CaseAccess.Access a = access.forChange(id, ifMatch, Audience.CASEWORKER,
                Audience.MISSION);
        AvrrCase c = a.c();
        JourneyDates.checkArrival(c, input.arrivedOn());
        lifecycle.move(c, Command.CONFIRM_ARRIVAL, input.arrivedOn(), null);
        em.flush();
        return new Arrived(c, a.audience());
    }
}
