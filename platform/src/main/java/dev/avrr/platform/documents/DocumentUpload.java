package dev.avrr.platform.documents;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document to add to a referral or a case: its kind and the file (docs/documents.md#files). */
@Schema(name = "DocumentUpload")
public record DocumentUpload(
        @NotNull DocumentKind kind,
        @NotNull
        @Schema(description = "The file in base64: a PDF, JPEG or PNG of at most 5 MiB (5,242,880 bytes), its type "
                + "told from its content", format = "byte", maxLength = Documents.MAX_BASE64) byte[] content) {
}
