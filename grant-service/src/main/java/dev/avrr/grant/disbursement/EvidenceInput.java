package dev.avrr.grant.disbursement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.catalogue.EvidenceRequirement;

/** Evidence for a category: a physician's description of the medical needs, and when it was issued. */
@Schema(name = "EvidenceInput")
public record EvidenceInput(@NotBlank @Size(max = 40) String category, @NotNull EvidenceRequirement type,
        @NotNull @PastOrPresent LocalDate issuedOn, @NotBlank @Size(max = 4000) String description) {
}
