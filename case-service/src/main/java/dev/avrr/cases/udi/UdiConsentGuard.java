package dev.avrr.cases.udi;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#the-norwegian-route ("Før IOM kan hjelpe deg trenger vi godkjenning fra UDI") with
// docs/domain.md#consent-per-purpose-and-recipient.
/** The application goes to UDI only while the person's consent to share with UDI, recorded by IOM, stands. */
public final class UdiConsentGuard implements Guard {

    public static final String NAME = "udi-consent-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.udiConsentStanding ? Optional.empty() : Optional.of(NAME);
    }
}
