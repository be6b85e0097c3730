package dev.avrr.cases.casefile.records;

/** The kinds of need a needs inventory (Behovsinventering, docs/domain.md#the-swedish-route) records. */
public enum NeedCategory {
    HOUSING, EDUCATION_OR_LIVELIHOOD, MEDICAL, PSYCHOSOCIAL, SUBSISTENCE, FAMILY, DOCUMENTS, OTHER
}
