package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Behovsinventering (docs/domain.md#the-swedish-route, step 6): the returnee's needs, and the confirmation that support is available in
 * the home country. The needs may hold health details: kept protected at rest.
 */
@Schema(name = "NeedsInventory")
public record NeedsInventory(
        @NotNull @Size(max = 30) List<@Valid @NotNull Need> needs,
        @NotNull @Schema(description = "The IOM office in the home country confirmed that support is available")
        Boolean supportAvailableInHomeCountry,
        @Size(max = 200) @Schema(description = "Who confirmed it, e.g. the IOM mission in the country of return")
        String confirmedWith,
        @NotNull @PastOrPresent LocalDate assessedOn) {

    /** One need found. */
    @Schema(name = "Need")
    public record Need(@NotNull NeedCategory category, @Size(max = 1000) String description) {
    }
}
