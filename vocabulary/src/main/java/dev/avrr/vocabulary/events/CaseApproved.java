package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code avrr.case.approved.v1}, keyed by the case id: the case may go ahead with assisted return — UDI
 * approved (basis UDI), UNE overturned a rejection (UNE), or, on the Swedish route, the coordinator approved
 * (COORDINATOR: the case is approved when it is registered, announced once the signed application is on
 * record). Grant-service allocates from it (or from
 * {@link ReturnCompleted}, as the programme says). {@code appliedBeforeDepartureDeadline} matters to UDI's
 * standard grant only (true also when no deadline was set). The programme and the household (ages and
 * relations, no names) travel sealed, as {@link CaseSpecifics} in {@code data.personal}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseApproved(@NotNull UUID caseId, UUID referralId,
        @NotNull @Pattern(regexp = "NO|SE") String jurisdiction, @NotBlank String office,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfReturn,
        @NotNull @Pattern(regexp = "UDI|UNE|COORDINATOR") String basis, @NotNull OffsetDateTime approvedAt,
        Boolean appliedBeforeDepartureDeadline) {

    public static final String TYPE = "avrr.case.approved.v1";
}
