package dev.avrr.monitoring.feedback;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A piece of the returnee's feedback, for those allowed to read it. */
@Schema(name = "ReturneeFeedback")
public record FeedbackView(UUID id, UUID caseId, String office, String countryOfReturn, LocalDate receivedOn,
        String language, String text, FeedbackStatus status, OffsetDateTime forwardedAt, String recordedByOrg,
        OffsetDateTime recordedAt, long version) {

    /** The text only while the caller may read it (a caseworker who records a withdrawal no longer may). */
    static FeedbackView of(ReturneeFeedbacks.Found f) {
        ReturneeFeedback fb = f.feedback();
        return new FeedbackView(fb.id, fb.caseId, f.returnee().office, f.returnee().countryOfReturn, fb.receivedOn,
                fb.language, f.readable() ? fb.text : null, fb.status(), fb.forwardedAt, fb.recordedByOrg,
                fb.recordedAt, fb.version);
    }
}
