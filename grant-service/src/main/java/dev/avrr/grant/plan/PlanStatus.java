package dev.avrr.grant.plan;

/** The states of a reintegration plan (see {@link PlanTransitions}). */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED
}
