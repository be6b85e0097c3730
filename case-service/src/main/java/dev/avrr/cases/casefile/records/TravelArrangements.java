package dev.avrr.cases.casefile.records;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Förberedelser inför och under hemresan (docs/domain.md#the-swedish-route, step 9); docs/domain.md#the-norwegian-route: help to obtain
 * travel documents, free
 * travel with an escort if needed, assistance at departure, in transit and on arrival. Kept protected at rest
 * (the machine-readable zone holds the document number and date of birth).
 */
@Schema(name = "TravelArrangements")
public record TravelArrangements(
        @NotNull @Valid TravelDocument travelDocument,
        @Valid Escort escort,
        @NotNull Boolean transitAssistance,
        @NotNull Boolean arrivalAssistance,
        @Valid MedicalEscort medicalEscort) {

    /** The travel document and where it stands. */
    @Schema(name = "TravelDocument")
    public record TravelDocument(
            @NotNull DocumentStatus status,
            DocumentType type,
            @Size(max = 44) @Schema(description = "Line 2 of a passport's machine-readable zone (ICAO 9303 TD3, 44 "
                    + "characters); its check digits are validated") String mrzLine2,
            LocalDate expiresOn) {
    }

    /** An escort for the journey. */
    @Schema(name = "Escort")
    public record Escort(@NotNull Boolean arranged, EscortKind kind) {
    }

    /** A medical escort, where the returnee's health needs one. */
    @Schema(name = "MedicalEscort")
    public record MedicalEscort(@NotNull Boolean needed, @NotNull Boolean arranged) {
    }

    /** Where a travel document stands: held by the person, needed, or obtained by IOM. */
    public enum DocumentStatus {
        HELD, NEEDED, OBTAINED
    }

    public enum DocumentType {
        PASSPORT, EMERGENCY_TRAVEL_DOCUMENT, LAISSEZ_PASSER, OTHER
    }

    public enum EscortKind {
        IOM_STAFF, SOCIAL_WORKER, LEGAL_GUARDIAN, OTHER
    }

    public boolean escortArranged() {
        return escort != null && Boolean.TRUE.equals(escort.arranged());
    }

    public boolean documentReady() {
        return travelDocument.status() != DocumentStatus.NEEDED;
    }

    public boolean medicalEscortMissing() {
        return medicalEscort != null && Boolean.TRUE.equals(medicalEscort.needed())
                && !Boolean.TRUE.equals(medicalEscort.arranged());
    }
}
