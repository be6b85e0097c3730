package dev.avrr.grant.catalogue;

/** Who of a returning household gets an entitlement under a programme (see {@link BeneficiarySelection}). */
public enum Beneficiaries {
    /** The applicant only (docs/domain.md#the-vulnerable-groups-package). */
    APPLICANT_ONLY,
    /** The applicant and each child travelling with the parent, the same package (docs/domain.md#the-victims-of-trafficking-package). */
    APPLICANT_AND_CHILDREN,
    /** Every adult and every child of the household (UDI's standard grant). */
    EVERY_TRAVELLER
}
