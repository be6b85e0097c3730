package dev.avrr.cases.casefile.records;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.platform.protection.ProtectedJson;

/** Travel arrangements and tickets, kept protected at rest. */
public final class TravelColumns {

    private TravelColumns() {
    }

    @Converter
    public static class ArrangementsColumn extends ProtectedJson<Recorded<TravelArrangements>> {
        public ArrangementsColumn() {
            super(t -> t.constructParametricType(Recorded.class, TravelArrangements.class));
        }
    }

    @Converter
    public static class BookingColumn extends ProtectedJson<Recorded<TravelBooking>> {
        public BookingColumn() {
            super(t -> t.constructParametricType(Recorded.class, TravelBooking.class));
        }
    }
}
