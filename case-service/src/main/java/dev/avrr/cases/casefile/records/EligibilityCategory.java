package dev.avrr.cases.casefile.records;

/** The categories of the vulnerable groups programme, one rule each (docs/domain.md#eligibility-for-the-vulnerable-groups-programme). */
public enum EligibilityCategory {
    UNACCOMPANIED_MINOR, AGED_OUT_MINOR, VICTIM_OF_TRAFFICKING, MEDICAL_NEEDS, OTHER_VULNERABLE
}
