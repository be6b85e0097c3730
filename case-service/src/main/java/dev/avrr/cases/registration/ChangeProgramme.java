package dev.avrr.cases.registration;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.vocabulary.events.Programme;

/** The caseworker's choice of programme for a Norwegian case, before it goes to UDI. */
@Schema(name = "ProgrammeChange")
public record ChangeProgramme(@NotNull Programme programme,
        @Schema(description = "UDI_STANDARD only: the departure deadline, if one was set") LocalDate departureDeadline) {
}
