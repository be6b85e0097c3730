package dev.avrr.referral.counselling;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.referral.intake.Sex;

/** What a return counsellor records. */
public final class CounsellingInput {

    private CounsellingInput() {
    }

    @Schema(name = "ResidentInput")
    public record Resident(@NotBlank @Size(max = 100) String givenName, @NotBlank @Size(max = 100) String familyName,
            @NotNull @PastOrPresent LocalDate dateOfBirth, @NotNull Sex sex,
            @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String nationality) {
    }

    @Schema(name = "TriggerInput")
    public record Trigger(@NotNull MandatoryTrigger kind, @NotNull @PastOrPresent LocalDate decidedOn) {
    }

    @Schema(name = "ConversationInput")
    public record Conversation(@NotNull @PastOrPresent LocalDate heldOn, @NotNull ReturnConversation.Form form,
            @Schema(description = "The trigger this mandatory conversation answers") UUID triggerId,
            @NotNull Boolean interpreterUsed,
            @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code of 2 or 3 lower-case letters")
            String interpreterLanguage,
            @NotNull ReturnConversation.Outcome outcome,
            @Size(max = 2000) @Schema(description = "The counsellor's notes; readable by the centre's counsellors only")
            String notes) {
    }

    @Schema(name = "ResidentOutcomeInput")
    public record Outcome(@NotNull ResidentOutcome.Kind kind, @NotNull @PastOrPresent LocalDate occurredOn) {
    }
}
