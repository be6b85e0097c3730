package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#the-swedish-route, Förberedelser inför och under hemresan: tickets are booked before anyone departs.
/** A departure is confirmed only on a case whose travel was booked. */
public final class TravelScheduledGuard implements Guard {

    public static final String NAME = "travel-not-scheduled";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.travelBooking != null ? Optional.empty() : Optional.of(NAME);
    }
}
