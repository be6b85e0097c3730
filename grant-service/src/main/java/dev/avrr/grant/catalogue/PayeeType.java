package dev.avrr.grant.catalogue;

/** Who a payment goes to. */
public enum PayeeType {
    /** A vendor or service provider: a school, a landlord, a clinic, a supplier. */
    VENDOR,
    /** The beneficiary in person. */
    RETURNEE,
    /** The parent or guardian of a beneficiary who is a minor. */
    PARENT
}
