package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#what-every-applicant-may-get: "Hjelp med å anskaffe reisedokumenter om nødvendig";
// docs/domain.md#the-swedish-route: IOM Helsingfors ordnar resedokument.
/** Travel needs a travel document the person holds or IOM obtained; one still needed blocks it. */
public final class TravelDocumentGate implements Guard {

    public static final String NAME = "travel-document-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        boolean ready = c.travelArrangements != null && c.travelArrangements.value().documentReady();
        return ready ? Optional.empty() : Optional.of(NAME);
    }
}
