package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.sharing-changed.v1}, keyed by the case id: the facts that decide who may see the case changed
 * (registration, the handover to the mission, a consent recorded or withdrawn, the submission to UDI, the
 * departure). It carries all of them, not the difference, so a consumer keeps its projection by replacing it;
 * {@code revision} grows with every announcement of the case, and an older revision than the one held is
 * ignored. Flags only: which consents stand, never what they say. Every field is required (the primitives are
 * marked so for the contract's checks). See docs/sharing.md.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseSharingChanged(@NotNull UUID caseId, @NotNull @Min(0) int revision, @NotBlank String office,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn, @NotNull @Pattern(regexp = "NO|SE") String jurisdiction,
        @NotNull boolean handedOverToMission, @NotNull boolean shareForReturn, @NotNull boolean shareWithUdi,
        @NotNull boolean submittedToUdi, @NotNull boolean departed, @NotNull OffsetDateTime changedAt) {

    public static final String TYPE = "avrr.case.sharing-changed.v1";
}
