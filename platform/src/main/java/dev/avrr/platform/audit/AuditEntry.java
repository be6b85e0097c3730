package dev.avrr.platform.audit;

import java.time.OffsetDateTime;

/** One line of the audit trail, as the auditor reads it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String roles, String org, String action,
        String resourceType, String resourceId, String correlationId, String outcome) {
}
