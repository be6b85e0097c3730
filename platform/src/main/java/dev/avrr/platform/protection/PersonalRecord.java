package dev.avrr.platform.protection;

import java.util.UUID;

/**
 * An entity with protected columns that hold a person's data: they are sealed with the key of its subject
 * ({@link SubjectKeys}), the record that roots the person's data in the service — the referral, the case, an
 * entitlement, an alert. Erasing the person destroys the keys of every such root, and with them every value.
 */
public interface PersonalRecord {

    /** The subject whose key seals this record's protected columns; never null. */
    UUID protectionSubject();
}
