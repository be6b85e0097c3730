package dev.avrr.grant.plan;

import static dev.avrr.grant.catalogue.CategoryKind.ACCOMMODATION;
import static dev.avrr.grant.catalogue.CategoryKind.INCOME_GENERATION;
import static dev.avrr.grant.catalogue.CategoryKind.MEDICAL;
import static dev.avrr.grant.catalogue.CategoryKind.SUBSISTENCE;

import java.util.EnumSet;
import java.util.Set;

import dev.avrr.grant.catalogue.CategoryKind;

/** What a plan line pays for, and the kinds of category it may be paid from (see {@link PermittedUse}). */
public enum PlanActivity {
    RENT(ACCOMMODATION),
    HOUSING_MATERIALS(ACCOMMODATION),
    FURNITURE(ACCOMMODATION),
    SHELTER_FEES(ACCOMMODATION),
    TEMPORARY_ACCOMMODATION(ACCOMMODATION),
    NURSING_HOME(ACCOMMODATION),
    SCHOOL_FEES(INCOME_GENERATION),
    COURSE_FEES(INCOME_GENERATION),
    ENROLMENT_FEES(INCOME_GENERATION),
    BOOKS_AND_MATERIALS(INCOME_GENERATION),
    COMPUTER(INCOME_GENERATION),
    TRANSPORT(INCOME_GENERATION, SUBSISTENCE),
    BUSINESS_PREMISES(INCOME_GENERATION),
    BUSINESS_REGISTRATION(INCOME_GENERATION),
    EQUIPMENT(INCOME_GENERATION),
    GOODS(INCOME_GENERATION),
    MEANS_OF_TRANSPORT(INCOME_GENERATION),
    EMPLOYMENT_GRANT(INCOME_GENERATION),
    INTERNSHIP_SALARY(INCOME_GENERATION),
    MEDICINES(MEDICAL),
    TREATMENT(MEDICAL),
    HOSPITALISATION(MEDICAL),
    PSYCHOLOGICAL_COUNSELLING(MEDICAL),
    PHYSIOTHERAPY(MEDICAL),
    FOOD(SUBSISTENCE),
    CLOTHES(SUBSISTENCE),
    HYGIENE(SUBSISTENCE),
    IDENTITY_DOCUMENTS(SUBSISTENCE),
    /** Anything else the category is for; the line must describe it. */
    OTHER(ACCOMMODATION, INCOME_GENERATION, MEDICAL, SUBSISTENCE);

    private final Set<CategoryKind> kinds;

    PlanActivity(CategoryKind first, CategoryKind... rest) {
        this.kinds = EnumSet.of(first, rest);
    }

    public boolean fits(CategoryKind kind) {
        return kinds.contains(kind);
    }
}
