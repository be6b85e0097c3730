package dev.avrr.grant.catalogue;

/** What must be recorded before a category is paid. */
public enum EvidenceRequirement {
    NONE,
    /** A physician's precise description of the medical needs (docs/domain.md#the-victims-of-trafficking-package). */
    PHYSICIAN_STATEMENT
}
