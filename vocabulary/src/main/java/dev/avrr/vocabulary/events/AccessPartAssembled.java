package dev.avrr.vocabulary.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code avrr.<referral|grant|monitoring>.access-part-assembled.v1}: a service's part of a person's access request
 * ({@link AccessRequested}), keyed as that service's topic is (the referral id on referral-service's, the case id on
 * the others). In clear: the ids and when it was assembled; the part itself — what the service holds on the person
 * and their household, and who read it — sealed as {@link Part} in {@code data.personal}. The producing service is
 * the type's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessPartAssembled(@NotNull UUID requestId, @NotNull UUID caseId, UUID referralId,
        @NotNull OffsetDateTime assembledAt) {

    public static final String REFERRAL = "avrr.referral.access-part-assembled.v1";
    public static final String GRANT = "avrr.grant.access-part-assembled.v1";
    public static final String MONITORING = "avrr.monitoring.access-part-assembled.v1";

    /**
     * The sealed part: what the service holds (each class of data, since when, for which purpose, shared with whom),
     * the data themselves as the service's API shows them to staff, and every access to them from its audit trail.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(@NotNull List<@Valid Holding> holdings, @NotNull JsonNode data,
            @NotNull List<@Valid AccessEntry> accessLog) {

        public Part {
            holdings = holdings == null ? List.of() : List.copyOf(holdings);
            accessLog = accessLog == null ? List.of() : List.copyOf(accessLog);
        }
    }

    /**
     * One class of data a service holds on the person: what, since when, why, and which organisations receive it.
     *
     * @param since when the service first held it; null when it holds none of that class
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holding(@NotBlank String category, OffsetDateTime since, @NotBlank String purpose,
            @NotNull List<String> recipients) {

        public Holding {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /** One access to the person's data: when, by which organisation and roles, what, to which record, how it ended. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AccessEntry(@NotNull OffsetDateTime at, String org, String roles, @NotBlank String action,
            @NotBlank String resource, @NotBlank String outcome) {
    }
}
