package dev.avrr.cases.lifecycle;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How and when a case ended: closed, withdrawn or absconded; the reason code goes to statistics, the note stays. */
@Schema(name = "CaseEnding")
public record EndCase(@NotNull @PastOrPresent @Schema(description = "When it ended (absconded: the last contact)")
        LocalDate endedOn, Reason reason, @Size(max = 2000) String note) {

    /** Why a case ended. */
    public enum Reason {
        RETURN_COMPLETED, APPLICANT_WITHDREW, NOT_ELIGIBLE, APPLICATION_REJECTED, LOST_CONTACT, OTHER
    }
}
