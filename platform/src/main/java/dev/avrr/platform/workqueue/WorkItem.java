package dev.avrr.platform.workqueue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing waiting for the caller: what kind of work it is, what it is about (ids only), since when, by when if it
 * has a due date, and where to read it and act on it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WorkItem")
public record WorkItem(
        @Schema(description = "What is to be done, e.g. REFERRAL_TO_ACCEPT, ALERT_TO_ACKNOWLEDGE", maxLength = 40)
        String kind,
        @Schema(description = "The referral, case, plan, disbursement, alert or item it is about") UUID subjectId,
        @Schema(description = "The case, where there is one") UUID caseId,
        @Schema(description = "Since when it waits") OffsetDateTime since,
        @Schema(description = "By when, where the rules set a date") LocalDate due,
        @Schema(description = "Where to read it and act on it", maxLength = 200) String href) {
}
