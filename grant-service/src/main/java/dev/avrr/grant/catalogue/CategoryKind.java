package dev.avrr.grant.catalogue;

/** What a budget category is for; the conversion rules (docs/domain.md#conversion-rules) speak in these kinds. */
public enum CategoryKind {
    ACCOMMODATION,
    /** Education, vocational training, business start-up, employment or internship. */
    INCOME_GENERATION,
    MEDICAL,
    SUBSISTENCE,
    /** UDI's standard cash grant and its supplements. */
    CASH_GRANT
}
