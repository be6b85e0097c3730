package dev.avrr.cases.eligibility;

/** The categories of the vulnerable groups programme, one rule each (seed 000, who may apply). */
public enum EligibilityCategory {
    UNACCOMPANIED_MINOR, AGED_OUT_MINOR, VICTIM_OF_TRAFFICKING, MEDICAL_NEEDS, OTHER_VULNERABLE
}
