package dev.avrr.vocabulary.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The sealed part of a {@link FeedbackSharing}: the words the returnee approved for the partners. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackWords(@NotBlank @Size(max = 1000) String text) {
}
