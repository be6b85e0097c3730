package dev.avrr.monitoring.feedback;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;

/** The returnee's feedback as the mission records it, and whether the returnee consents to its forwarding. */
@Schema(name = "FeedbackInput")
public record FeedbackInput(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code, e.g. ti, so, en")
        @Schema(description = "ISO 639 code of the language the returnee used") String language,
        @NotBlank @Size(max = 4000) @Schema(description = "In the returnee's words; stored protected") String text,
        @NotNull @Schema(description = "The returnee consents to its forwarding to the sending office (which informs "
                + "the referring partners)") Boolean consentToForward,
        @Size(max = 2) @Schema(description = "The partners the returnee lets this feedback reach, each a consent "
                + "of its own (REFERRER; COORDINATOR on the Swedish route); none if absent")
        List<@NotNull PartnerRecipient> shareWithPartners,
        @Size(max = FeedbackWords.MAX_LENGTH) @Schema(description = "The words the returnee approved for the partners; without them the "
                + "text itself is shared") String summaryForPartners) {

    /** The partners to share with, each once. */
    public List<PartnerRecipient> partners() {
        return shareWithPartners == null ? List.of() : shareWithPartners.stream().distinct().toList();
    }
}
