package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.Problems;

/**
 * The dates of a journey that must make sense (docs/case-service.md#rules-each-in-one-class-with-its-source), each a
 * 422 naming its rule; that none of them lies after today is the platform's rule for every date of what already
 * happened ({@code PastDates}, 422 {@code date-in-future}), checked before these.
 *
 * <pre>
 * date          may not be before                                 rule
 * departedOn    the day the case was registered                   departure-before-registration
 * departedOn    the day the tickets were booked                   departure-before-booking
 * arrivedOn     the confirmed departure                           arrival-before-departure
 * endedOn       the confirmed departure                           ending-before-departure
 * endedOn       the confirmed arrival                             ending-before-arrival
 * </pre>
 *
 * A case that never left (withdrawn, or closed after a final rejection) has no journey to hold its end to. Days are
 * UTC days, as every date of the case.
 */
public final class JourneyDates {

    public static final String DEPARTURE_BEFORE_REGISTRATION = "departure-before-registration";
    public static final String DEPARTURE_BEFORE_BOOKING = "departure-before-booking";
    public static final String ARRIVAL_BEFORE_DEPARTURE = "arrival-before-departure";
    public static final String ENDING_BEFORE_DEPARTURE = "ending-before-departure";
    public static final String ENDING_BEFORE_ARRIVAL = "ending-before-arrival";

    /** A refusal: the rule and what to tell the caller. */
    public record Refusal(String rule, String detail) {

        public ProblemException problem() {
            return Problems.rule(rule, detail);
        }
    }

    private JourneyDates() {
    }

    /** Why a departure on that day cannot be confirmed: registered or booked later. */
    public static Optional<Refusal> departure(LocalDate departedOn, LocalDate registeredOn, LocalDate bookedOn) {
        if (registeredOn != null && departedOn.isBefore(registeredOn)) {
            return Optional.of(new Refusal(DEPARTURE_BEFORE_REGISTRATION,
                    "The departure is dated before the case was registered (" + registeredOn + ")"));
        }
        if (bookedOn != null && departedOn.isBefore(bookedOn)) {
            return Optional.of(new Refusal(DEPARTURE_BEFORE_BOOKING,
                    "The departure is dated before the tickets were booked (" + bookedOn + ")"));
        }
        return Optional.empty();
    }

    /** Why an arrival on that day cannot be confirmed: the person left later. */
    public static Optional<Refusal> arrival(LocalDate arrivedOn, LocalDate departedOn) {
        if (departedOn != null && arrivedOn.isBefore(departedOn)) {
            return Optional.of(new Refusal(ARRIVAL_BEFORE_DEPARTURE,
                    "The arrival is dated before the departure (" + departedOn + ")"));
        }
        return Optional.empty();
    }

    /** Why a case cannot end on that day (closed, withdrawn, absconded): the person left, or arrived, later. */
    public static Optional<Refusal> ending(LocalDate endedOn, LocalDate departedOn, LocalDate arrivedOn) {
        if (departedOn != null && endedOn.isBefore(departedOn)) {
            return Optional.of(new Refusal(ENDING_BEFORE_DEPARTURE,
                    "The case's end is dated before the departure (" + departedOn + ")"));
        }
        if (arrivedOn != null && endedOn.isBefore(arrivedOn)) {
            return Optional.of(new Refusal(ENDING_BEFORE_ARRIVAL,
                    "The case's end is dated before the arrival (" + arrivedOn + ")"));
        }
        return Optional.empty();
    }

    static void checkDeparture(AvrrCase c, LocalDate departedOn) {
        Optional<Refusal> refused = departure(departedOn,
                c.registeredAt == null ? null : c.registeredAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                c.travelBooking == null ? null
                        : c.travelBooking.recordedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        if (refused.isPresent()) {
            throw refused.get().problem();
        }
    }

    static void checkArrival(AvrrCase c, LocalDate arrivedOn) {
        Optional<Refusal> refused = arrival(arrivedOn, c.departedOn);
        if (refused.isPresent()) {
            throw refused.get().problem();
        }
    }
}
