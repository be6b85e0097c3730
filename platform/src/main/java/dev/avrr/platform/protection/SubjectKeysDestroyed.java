package dev.avrr.platform.protection;

import java.util.List;
import java.util.UUID;

/**
 * Fired in the transaction that destroyed subjects' keys: those whose event key had been published, so that its
 * retraction is published too.
 */
public record SubjectKeysDestroyed(List<UUID> published) {
}
