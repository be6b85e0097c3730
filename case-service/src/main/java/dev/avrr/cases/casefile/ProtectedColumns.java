package dev.avrr.cases.casefile;

import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.platform.protection.ProtectedJson;

/** The structured values of the case file that are kept encrypted at rest (platform protection). */
public final class ProtectedColumns {

    private ProtectedColumns() {
    }

    @Converter
    public static class ApplicantDetailsColumn extends ProtectedJson<ApplicantDetails> {
        public ApplicantDetailsColumn() {
            super(ApplicantDetails.class);
        }
    }

    @Converter
    public static class HouseholdColumn extends ProtectedJson<List<HouseholdMember>> {
        public HouseholdColumn() {
            super(t -> t.constructCollectionType(List.class, HouseholdMember.class));
        }
    }

    @Converter
    public static class VulnerabilityColumn extends ProtectedJson<Vulnerability> {
        public VulnerabilityColumn() {
            super(Vulnerability.class);
        }
    }
}
