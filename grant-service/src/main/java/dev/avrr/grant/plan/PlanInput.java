package dev.avrr.grant.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.money.Money;

/** A plan's content, as the mission writes it with the returnee. */
@Schema(name = "PlanInput")
public record PlanInput(@Size(max = 4000) String notes, @NotEmpty @Size(max = 50) List<@Valid @NotNull Line> lines) {

    /** A line: the category it is paid from, the activity, the need it meets, the provider and the amount. */
    @Schema(name = "PlanLineInput")
    public record Line(@NotBlank @Size(max = 40) String category, @NotNull PlanActivity activity,
            @Size(max = 2000) String description, @NotNull @Valid Provider provider, @NotNull @Valid Money amount) {
    }

    /** The vendor or service provider: its name, and a reference such as an account or registration number. */
    @Schema(name = "Provider")
    public record Provider(@NotBlank @Size(max = 200) String name, @Size(max = 200) String reference) {
    }
}
