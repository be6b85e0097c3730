package dev.avrr.cases.udi;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.vocabulary.events.Programme;

// docs/domain.md#the-udi-standard-grant: UDI's standard grant is higher if the person applies before the departure
// deadline (or has none).
/**
 * For UDI's standard programme: whether the application (signed on the date the case records) came before the
 * departure deadline — true when no deadline was set. Other programmes do not depend on it (null).
 */
public final class AppliedBeforeDepartureDeadline {

    private AppliedBeforeDepartureDeadline() {
    }

    public static Boolean of(AvrrCase c) {
        if (c.programme != Programme.UDI_STANDARD) {
            return null;
        }
        if (c.departureDeadline == null) {
            return true;
        }
        return c.applicationSignedOn != null && !c.applicationSignedOn.isAfter(c.departureDeadline);
    }
}
