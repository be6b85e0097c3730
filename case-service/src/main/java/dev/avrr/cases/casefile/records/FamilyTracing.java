package dev.avrr.cases.casefile.records;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.cases.casefile.Contact;

/**
 * Family tracing for an unaccompanied minor (docs/domain.md#eligibility-for-the-vulnerable-groups-programme, "Familieoppsporing for enslige mindreårige"): the outcome,
 * the family member or guardian who receives the child, and the best-interests determination that the return is
 * in the child's best interest. Kept protected at rest.
 */
@Schema(name = "FamilyTracing")
public record FamilyTracing(
        @NotNull TracingOutcome outcome,
        @Valid Receiver receiver,
        @Valid BestInterestsDetermination bestInterests,
        @PastOrPresent LocalDate completedOn) {

    /** Who receives the child on return. */
    @Schema(name = "FamilyTracingReceiver")
    public record Receiver(@NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) @Schema(description = "e.g. mother, uncle, appointed guardian") String relationToChild,
            @Valid Contact contact) {
    }

    /** The determination that the return is in the child's best interest, who made it and when. */
    @Schema(name = "BestInterestsDetermination")
    public record BestInterestsDetermination(@NotNull Boolean returnInChildsBestInterest,
            @NotNull @PastOrPresent LocalDate decidedOn, @NotBlank @Size(max = 200) String decidedBy) {
    }
}
