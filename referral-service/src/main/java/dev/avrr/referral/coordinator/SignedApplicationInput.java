package dev.avrr.referral.coordinator;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The person's signed AVRR application (Välgrundat beslut, docs/domain.md#the-swedish-route step 5) and its attachments' metadata; the
 * documents themselves stay where they were received.
 */
@Schema(name = "SignedApplication")
public record SignedApplicationInput(
        @NotNull @PastOrPresent LocalDate signedOn,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 code of 2 or 3 lower-case letters")
        @Schema(description = "The language of the application form") String language,
        @Size(max = 20) List<@NotNull @Valid Attachment> attachments) {

    @Schema(name = "AttachmentMetadata")
    public record Attachment(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "must be a code such as PASSPORT_COPY")
            @Schema(description = "e.g. PASSPORT_COPY, MEDICAL_STATEMENT, POWER_OF_ATTORNEY") String documentType,
            @NotBlank @Size(max = 200) String fileName,
            @NotBlank @Pattern(regexp = "[a-z]+/[a-z0-9.+-]+", message = "must be a media type such as application/pdf")
            String mediaType,
            @NotNull @Min(1) @Max(104_857_600) Long sizeBytes,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 of the file, 64 hex digits")
            String sha256) {
    }
}
