package dev.avrr.cases.consent;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.lifecycle.Guard;

// DOMAIN.md, data protection: "nothing is shared with another organisation without it" (consent per purpose).
/**
 * Nothing that shares the person's data onward — submission to UDI, travel booked with carriers and the mission —
 * goes ahead once the person withdrew the consent to share, until they give it again.
 */
public final class SharingConsentGuard implements Guard {

    public static final String NAME = "consent-withdrawn";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.returnSharingAllowed ? Optional.empty() : Optional.of(NAME);
    }
}
