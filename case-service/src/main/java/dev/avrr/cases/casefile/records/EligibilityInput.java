package dev.avrr.cases.casefile.records;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.vocabulary.events.OtherVulnerability;

/**
 * What the caseworker found when assessing eligibility for the vulnerable groups programme (docs/domain.md#eligibility-for-the-vulnerable-groups-programme). Each part
 * is optional: a part left out means that category was not found.
 */
@Schema(name = "EligibilityAssessmentInput")
public record EligibilityInput(
        @NotNull @PastOrPresent @Schema(description = "The date the assessment speaks for; ages are counted on it")
        LocalDate assessedOn,
        @Valid Arrival arrival,
        @Valid Trafficking trafficking,
        @Valid MedicalNeeds medicalNeeds,
        @Valid OtherVulnerable otherVulnerable,
        @Size(max = 2000) String note) {

    /** How the person came to Norway. */
    @Schema(name = "EligibilityArrival")
    public record Arrival(@NotNull Boolean withoutParentOrLegalGuardian, @PastOrPresent LocalDate arrivedOn) {
    }

    /** Identification as a victim of trafficking, and by whom. */
    @Schema(name = "EligibilityTrafficking")
    public record Trafficking(@NotNull Boolean identified, @Size(max = 200) String identifiedBy,
            @PastOrPresent LocalDate identifiedOn) {
    }

    /** A need of extensive medical follow-up in the home country, and its documentation. */
    @Schema(name = "EligibilityMedicalNeeds")
    public record MedicalNeeds(@NotNull Boolean extensiveFollowUpNeeded, @Size(max = 1000) String documentation) {
    }

    /** Another vulnerability, by subtype. */
    @Schema(name = "EligibilityOtherVulnerable")
    public record OtherVulnerable(OtherVulnerability subtype, @Size(max = 1000) String description) {
    }
}
