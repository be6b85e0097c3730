package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.RecordedStored;
import dev.avrr.platform.protection.ProtectedJson;

/** Travel arrangements (health-related escort needs) and the booking: kept protected at rest, and how stored. */
public final class TravelColumns {

    private TravelColumns() {
    }

    /** Travel arrangements as stored (version 1). */
    public record ArrangementsStored(DocumentStored travelDocument, EscortStored escort, Boolean transitAssistance,
            Boolean arrivalAssistance, MedicalEscortStored medicalEscort) {

        static ArrangementsStored of(TravelArrangements a) {
            TravelArrangements.TravelDocument d = a.travelDocument();
            return new ArrangementsStored(
                    d == null ? null : new DocumentStored(d.status(), d.type(), d.mrzLine2(), d.expiresOn()),
                    a.escort() == null ? null : new EscortStored(a.escort().arranged(), a.escort().kind()),
                    a.transitAssistance(), a.arrivalAssistance(),
                    a.medicalEscort() == null ? null
                            : new MedicalEscortStored(a.medicalEscort().needed(), a.medicalEscort().arranged()));
        }

        TravelArrangements toValue() {
            return new TravelArrangements(
                    travelDocument == null ? null
                            : new TravelArrangements.TravelDocument(travelDocument.status(), travelDocument.type(),
                                    travelDocument.mrzLine2(), travelDocument.expiresOn()),
                    escort == null ? null : new TravelArrangements.Escort(escort.arranged(), escort.kind()),
                    transitAssistance, arrivalAssistance,
                    medicalEscort == null ? null
                            : new TravelArrangements.MedicalEscort(medicalEscort.needed(), medicalEscort.arranged()));
        }
    }

    public record DocumentStored(TravelArrangements.DocumentStatus status, TravelArrangements.DocumentType type,
            String mrzLine2, LocalDate expiresOn) {
    }

    public record EscortStored(Boolean arranged, TravelArrangements.EscortKind kind) {
    }

    public record MedicalEscortStored(Boolean needed, Boolean arranged) {
    }

    /** A booking as stored (version 1). */
    public record BookingStored(LocalDate departureDate, String from, String to, List<String> transitPoints,
            String ticketReference) {

        static BookingStored of(TravelBooking b) {
            return new BookingStored(b.departureDate(), b.from(), b.to(), b.transitPoints(), b.ticketReference());
        }

        TravelBooking toValue() {
            return new TravelBooking(departureDate, from, to, transitPoints, ticketReference);
        }
    }

    @Converter
    public static class ArrangementsColumn
            extends ProtectedJson<Recorded<TravelArrangements>, RecordedStored<ArrangementsStored>> {
        public ArrangementsColumn() {
            super(1, t -> t.constructParametricType(RecordedStored.class, ArrangementsStored.class),
                    r -> RecordedStored.of(r, ArrangementsStored::of), s -> s.toValue(ArrangementsStored::toValue));
        }
    }

    @Converter
    public static class BookingColumn extends ProtectedJson<Recorded<TravelBooking>, RecordedStored<BookingStored>> {
        public BookingColumn() {
            super(1, t -> t.constructParametricType(RecordedStored.class, BookingStored.class),
                    r -> RecordedStored.of(r, BookingStored::of), s -> s.toValue(BookingStored::toValue));
        }
    }
}
