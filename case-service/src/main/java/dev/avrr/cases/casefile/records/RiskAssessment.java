package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Riskhantering (docs/domain.md#the-swedish-route, step 8); the risk assessment for victims of trafficking
 * (docs/domain.md#eligibility-for-the-vulnerable-groups-programme): the level, the
 * risks that could endanger a safe and sustainable return, and how they are mitigated. Risks may hold
 * trafficking details; the mission sees the mitigations only.
 */
@Schema(name = "RiskAssessment")
public record RiskAssessment(
        @NotNull RiskLevel level,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 1000) String> risks,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 1000) String> mitigations,
        @NotNull @PastOrPresent LocalDate assessedOn) {
}
