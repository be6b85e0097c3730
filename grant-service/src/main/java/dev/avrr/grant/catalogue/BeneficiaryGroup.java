package dev.avrr.grant.catalogue;

/**
 * The group a beneficiary belongs to for the categories of a programme (docs/domain.md#the-reintegration-grants): an
 * adult; a minor who is the applicant (travelling alone, or the one who applied); a minor travelling with the
 * applicant. A minor is under 18 on the day of allocation.
 */
public enum BeneficiaryGroup {
    ADULT, MINOR, ACCOMPANYING_CHILD
}
