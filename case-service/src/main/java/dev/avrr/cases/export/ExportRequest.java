package dev.avrr.cases.export;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data subject's request for access, as the data protection function received and verified it. */
@Schema(name = "SubjectExportRequest")
public record ExportRequest(
        @NotBlank @Size(max = 100) @Schema(description = "The reference of the person's access request") String requestReference,
        @NotBlank @Size(max = 200) @Schema(description = "Who verified the person's identity before the export")
        String identityVerifiedBy) {
}
