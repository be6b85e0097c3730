package dev.avrr.referral.intake;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral as a partner writes it: to create one, or to replace a draft's content. */
@Schema(name = "ReferralInput")
public record ReferralInput(
        @NotNull Jurisdiction jurisdiction,
        @Size(max = 100) @Schema(description = "Sweden only: the coordinating organisation, e.g. lansstyrelsen-stockholm")
        String coordinatorOrg,
        @NotNull @Valid Person person,
        @Schema(description = "On create: submit at once (default) or keep as a draft (false). Not allowed on update.")
        Boolean submit) {

    /** The person referred. Fixture people in examples and tests are obviously fictional. */
    @Schema(name = "ReferralPersonInput")
    public record Person(
            @NotBlank @Size(max = 100) String givenName,
            @NotBlank @Size(max = 100) String familyName,
            @Past LocalDate dateOfBirth,
            @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String nationality,
            @NotBlank @Size(max = 3) @Schema(description = "ISO 3166-1 alpha-2 or alpha-3") String countryOfReturn) {
    }

    public boolean submitNow() {
        return submit == null || submit;
    }
}
