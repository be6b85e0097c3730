package dev.avrr.platform.documents;

import java.util.Optional;

/**
 * The file types a document may be, told from its first bytes — never from a name or a declared type
 * (docs/documents.md#files): PDF ({@code %PDF-}), PNG (its eight-byte signature) and JPEG ({@code FF D8 FF}).
 */
public final class FileTypes {

    /** A file type the API keeps: its media type and the extension a download's file name gets. */
    public enum FileType {
        PDF("application/pdf", "pdf", new int[] { '%', 'P', 'D', 'F', '-' }),
        PNG("image/png", "png", new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
        JPEG("image/jpeg", "jpg", new int[] { 0xFF, 0xD8, 0xFF });

        private final String mediaType;
        private final String extension;
        private final int[] signature;

        FileType(String mediaType, String extension, int[] signature) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.signature = signature;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        boolean starts(byte[] content) {
            if (content.length < signature.length) {
                return false;
            }
            for (int i = 0; i < signature.length; i++) {
                if ((content[i] & 0xFF) != signature[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private FileTypes() {
    }

    /** The type the content is, if it is one the API keeps. */
    public static Optional<FileType> of(byte[] content) {
        for (FileType t : FileType.values()) {
            if (t.starts(content)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type of a stored media type. */
    public static FileType ofMediaType(String mediaType) {
        for (FileType t : FileType.values()) {
            if (t.mediaType.equals(mediaType)) {
                return t;
            }
        }
        throw new IllegalStateException("A document holds a media type the API does not keep");
    }
}
