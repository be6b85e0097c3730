package dev.avrr.cases.consent;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#consent-per-purpose-and-recipient: nothing is shared with another organisation without it.
/**
 * Nothing that shares the person's data onward — submission to UDI, the handover to the mission, travel booked
 * with carriers — goes ahead without the person's consent to share for the return: before it was recorded, or
 * once the person withdrew it, until they give it again with their signed consent form.
 */
public final class SharingConsentGuard implements Guard {

    public static final String NAME = "return-consent-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.returnSharingAllowed ? Optional.empty() : Optional.of(NAME);
    }
}
