package dev.avrr.cases.casefile.records;

import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.platform.protection.ProtectedJson;

/** The assessments that gate travel hold health, trafficking and family details: kept protected at rest. */
public final class AssessmentColumns {

    private AssessmentColumns() {
    }

    @Converter
    public static class NeedsInventoryColumn extends ProtectedJson<Recorded<NeedsInventory>> {
        public NeedsInventoryColumn() {
            super(t -> t.constructParametricType(Recorded.class, NeedsInventory.class));
        }
    }

    @Converter
    public static class RiskAssessmentsColumn extends ProtectedJson<List<Recorded<RiskAssessment>>> {
        public RiskAssessmentsColumn() {
            super(t -> t.constructCollectionType(List.class,
                    t.constructParametricType(Recorded.class, RiskAssessment.class)));
        }
    }

    @Converter
    public static class FamilyTracingColumn extends ProtectedJson<Recorded<FamilyTracing>> {
        public FamilyTracingColumn() {
            super(t -> t.constructParametricType(Recorded.class, FamilyTracing.class));
        }
    }
}
