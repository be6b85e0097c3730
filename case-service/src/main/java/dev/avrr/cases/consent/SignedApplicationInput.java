package dev.avrr.cases.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's signed application for assisted return, and how many attachments came with it. */
@Schema(name = "SignedApplicationInput")
public record SignedApplicationInput(@NotNull @PastOrPresent LocalDate signedOn,
        @NotNull @Min(0) @Max(100) Integer attachments) {
}
