package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The returnee let a piece of their own feedback reach partners who referred them (Återkoppling,
 * docs/domain.md#the-swedish-route, step 12), or took that back; keyed by the case id. {@code recipients} are the
 * partners the returnee's consent names, per recipient: the referrer, the coordinator. When shared, the words the
 * returnee approved travel sealed in {@code personal} ({@link FeedbackWords}); a withdrawal carries none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackSharing(@NotNull UUID caseId, @NotNull UUID feedbackId,
        @NotEmpty List<@NotNull PartnerRecipient> recipients, @NotNull OffsetDateTime at) {

    public static final String SHARED = "avrr.monitoring.feedback-shared.v1";
    public static final String WITHDRAWN = "avrr.monitoring.feedback-sharing-withdrawn.v1";

    public FeedbackSharing {
        recipients = List.copyOf(recipients);
    }
}
