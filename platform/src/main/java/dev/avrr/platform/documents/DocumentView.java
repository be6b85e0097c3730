package dev.avrr.platform.documents;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document as listed: what it is, never what it holds (its content is downloaded on its own). */
@Schema(name = "Document")
public record DocumentView(
        UUID id,
        DocumentKind kind,
        @Schema(description = "application/pdf, image/jpeg or image/png, as told from the content") String mediaType,
        @Schema(minimum = "1", maximum = "5242880") int sizeBytes,
        OffsetDateTime uploadedAt,
        @Schema(description = "The organisation that added it") String uploadedBy) {
}
