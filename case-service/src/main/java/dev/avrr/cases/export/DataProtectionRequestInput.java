package dev.avrr.cases.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A data subject's access request as the officer records it. */
@Schema(name = "DataProtectionRequestInput")
public record DataProtectionRequestInput(
        @NotBlank @Size(max = 100) @Schema(description = "The reference of the person's request") String requestReference,
        @NotBlank @Size(max = 200) @Schema(description = "How, and by whom, the person's identity was verified")
        String identityVerifiedBy) {
}
