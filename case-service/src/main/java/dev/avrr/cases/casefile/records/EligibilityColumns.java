package dev.avrr.cases.casefile.records;

import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.platform.protection.ProtectedJson;

/** Eligibility assessments hold health and trafficking findings: kept protected at rest. */
public final class EligibilityColumns {

    private EligibilityColumns() {
    }

    @Converter
    public static class AssessmentsColumn extends ProtectedJson<List<Recorded<EligibilityOutcome>>> {
        public AssessmentsColumn() {
            super(t -> t.constructCollectionType(List.class,
                    t.constructParametricType(Recorded.class, EligibilityOutcome.class)));
        }
    }
}
