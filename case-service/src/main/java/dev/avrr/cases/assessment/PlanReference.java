package dev.avrr.cases.assessment;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reintegration plan drafted for the case (Återintegrationsplan, docs/domain.md#the-swedish-route); the plan lives in grant-service. */
@Schema(name = "ReintegrationPlanReferenceInput")
public record PlanReference(@NotNull @Schema(description = "The plan's id in grant-service") UUID planId,
        @NotNull @PastOrPresent LocalDate draftedOn) {
}
