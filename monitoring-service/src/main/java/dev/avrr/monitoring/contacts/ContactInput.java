package dev.avrr.monitoring.contacts;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.monitoring.alerts.AlertKind;

/** A contact as the mission records it. */
@Schema(name = "ContactInput")
public record ContactInput(
        @NotNull @PastOrPresent @Schema(description = "The day of the contact; not before the return, not in the future")
        LocalDate contactedOn,
        @NotNull ContactMode mode,
        @NotNull @Schema(description = "Whether the returnee was reached; only a contact that reached them fulfils "
                + "a plan item") Boolean reached,
        @Schema(description = "Required when the returnee was reached, refused otherwise") PlanProgress planProgress,
        @Schema(description = "Required when the returnee was reached, refused otherwise") GrantUse grantUse,
        @Size(max = 4000) @Schema(description = "Special-category free text: stored protected, read by the mission "
                + "only") String wellbeingNotes,
        @Size(max = 4) @Schema(description = "Protection alerts this contact raises; each reaches the sending office "
                + "at once") List<@Valid @NotNull Alert> alerts) {

    /** A protection alert raised by the contact. */
    @Schema(name = "ContactAlertInput")
    public record Alert(@NotNull AlertKind kind,
            @Size(max = 2000) @Schema(description = "Protected; read by the office and the mission") String details) {
    }

    public List<Alert> alertsOrNone() {
        return alerts == null ? List.of() : alerts;
    }
}
