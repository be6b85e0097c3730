package dev.avrr.cases.consent;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;

// docs/domain.md#the-norwegian-route ("må du fylle ut et IOM søknadsskjema") and docs/domain.md#the-swedish-route
// (Välgrundat beslut: the signed AVRR application).
/** The person's signed application must be on record before the case goes to UDI or, in Sweden, to travel. */
public final class SignedApplicationGuard implements Guard {

    public static final String NAME = "application-not-signed";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.applicationSigned() ? Optional.empty() : Optional.of(NAME);
    }
}
