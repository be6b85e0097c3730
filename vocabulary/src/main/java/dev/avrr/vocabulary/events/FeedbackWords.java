package dev.avrr.vocabulary.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The sealed part of a {@link FeedbackSharing}: the words the returnee approved for the partners. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackWords(@NotBlank @Size(max = FeedbackWords.MAX_LENGTH) String text) {

    /** The most the words shared with a partner may hold; the API's limits and monitoring's rule say the same. */
    public static final int MAX_LENGTH = 1000;
}
