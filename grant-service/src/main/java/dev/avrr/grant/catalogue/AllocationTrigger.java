package dev.avrr.grant.catalogue;

/** The case event on which a programme allocates: the approval, or the completed return. */
public enum AllocationTrigger {
    CASE_APPROVED, RETURN_COMPLETED
}
