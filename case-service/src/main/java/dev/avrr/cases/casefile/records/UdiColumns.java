package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.RecordedStored;
import dev.avrr.platform.protection.ProtectedJson;

/** UDI's and UNE's decisions, reasons included: kept protected at rest, and how each is stored. */
public final class UdiColumns {

    private UdiColumns() {
    }

    /** A decision as stored (version 1). */
    public record DecisionStored(DecisionStage stage, DecisionOutcome outcome, LocalDate decidedOn, String reason,
            String legalBasis) {

        static DecisionStored of(UdiDecision d) {
            return new DecisionStored(d.stage(), d.outcome(), d.decidedOn(), d.reason(), d.legalBasis());
        }

        UdiDecision toValue() {
            return new UdiDecision(stage, outcome, decidedOn, reason, legalBasis);
        }
    }

    @Converter
    public static class DecisionsColumn
            extends ProtectedJson<List<Recorded<UdiDecision>>, List<RecordedStored<DecisionStored>>> {
        public DecisionsColumn() {
            super(1, t -> t.constructCollectionType(List.class,
                    t.constructParametricType(RecordedStored.class, DecisionStored.class)),
                    decisions -> RecordedStored.ofAll(decisions, DecisionStored::of),
                    stored -> RecordedStored.toValues(stored, DecisionStored::toValue));
        }
    }
}
