package dev.avrr.monitoring.feedback;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;

/**
 * The returnee lets (or no longer lets) a piece of their feedback reach one partner who referred them, as told to
 * the mission: the recipient, the day and language of the decision, and — when sharing — the words they approved
 * for the partners (without them, the feedback itself, if it is short enough).
 */
@Schema(name = "PartnerSharingInput")
public record PartnerSharingInput(
        @NotNull @Schema(description = "REFERRER: the organisation that referred the returnee; COORDINATOR: "
                + "Länsstyrelsen, on the Swedish route only") PartnerRecipient recipient,
        @Size(max = FeedbackWords.MAX_LENGTH) @Schema(description = "The words the returnee approved for the partners; no identifier "
                + "(no number, e-mail or passport number)") String summary,
        @NotNull @PastOrPresent LocalDate declaredOn,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, e.g. ti, so, en")
        @Schema(description = "ISO 639 code of the language the returnee used") String language) {
}
