package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.ProtectedColumns.ContactStored;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.RecordedStored;
import dev.avrr.platform.protection.ProtectedJson;

/**
 * The assessments that gate travel hold health, trafficking and family details: kept protected at rest, and how
 * each is stored.
 */
public final class AssessmentColumns {

    private AssessmentColumns() {
    }

    /** A needs inventory as stored (version 1). */
    public record NeedsInventoryStored(List<NeedStored> needs, Boolean supportAvailableInHomeCountry,
            String confirmedWith, LocalDate assessedOn) {

        static NeedsInventoryStored of(NeedsInventory n) {
            return new NeedsInventoryStored(
                    n.needs().stream().map(x -> new NeedStored(x.category(), x.description())).toList(),
                    n.supportAvailableInHomeCountry(), n.confirmedWith(), n.assessedOn());
        }

        NeedsInventory toValue() {
            return new NeedsInventory(
                    needs.stream().map(x -> new NeedsInventory.Need(x.category(), x.description())).toList(),
                    supportAvailableInHomeCountry, confirmedWith, assessedOn);
        }
    }

    public record NeedStored(NeedCategory category, String description) {
    }

    /** A risk assessment as stored (version 1). */
    public record RiskAssessmentStored(RiskLevel level, List<String> risks, List<String> mitigations,
            LocalDate assessedOn) {

        static RiskAssessmentStored of(RiskAssessment r) {
            return new RiskAssessmentStored(r.level(), r.risks(), r.mitigations(), r.assessedOn());
        }

        RiskAssessment toValue() {
            return new RiskAssessment(level, risks, mitigations, assessedOn);
        }
    }

    /** Family tracing as stored (version 1). */
    public record FamilyTracingStored(TracingOutcome outcome, ReceiverStored receiver,
            BestInterestsStored bestInterests, LocalDate completedOn) {

        static FamilyTracingStored of(FamilyTracing f) {
            FamilyTracing.Receiver r = f.receiver();
            FamilyTracing.BestInterestsDetermination b = f.bestInterests();
            return new FamilyTracingStored(f.outcome(),
                    r == null ? null : new ReceiverStored(r.name(), r.relationToChild(), ContactStored.of(r.contact())),
                    b == null ? null
                            : new BestInterestsStored(b.returnInChildsBestInterest(), b.decidedOn(), b.decidedBy()),
                    f.completedOn());
        }

        FamilyTracing toValue() {
            return new FamilyTracing(outcome,
                    receiver == null ? null
                            : new FamilyTracing.Receiver(receiver.name(), receiver.relationToChild(),
                                    ContactStored.toValue(receiver.contact())),
                    bestInterests == null ? null
                            : new FamilyTracing.BestInterestsDetermination(bestInterests.returnInChildsBestInterest(),
                                    bestInterests.decidedOn(), bestInterests.decidedBy()),
                    completedOn);
        }
    }

    public record ReceiverStored(String name, String relationToChild, ContactStored contact) {
    }

    public record BestInterestsStored(Boolean returnInChildsBestInterest, LocalDate decidedOn, String decidedBy) {
    }

    @Converter
    public static class NeedsInventoryColumn
            extends ProtectedJson<Recorded<NeedsInventory>, RecordedStored<NeedsInventoryStored>> {
        public NeedsInventoryColumn() {
            super(1, t -> t.constructParametricType(RecordedStored.class, NeedsInventoryStored.class),
                    r -> RecordedStored.of(r, NeedsInventoryStored::of),
                    s -> s.toValue(NeedsInventoryStored::toValue));
        }
    }

    @Converter
    public static class RiskAssessmentsColumn
            extends ProtectedJson<List<Recorded<RiskAssessment>>, List<RecordedStored<RiskAssessmentStored>>> {
        public RiskAssessmentsColumn() {
            super(1, t -> t.constructCollectionType(List.class,
                    t.constructParametricType(RecordedStored.class, RiskAssessmentStored.class)),
                    list -> RecordedStored.ofAll(list, RiskAssessmentStored::of),
                    stored -> RecordedStored.toValues(stored, RiskAssessmentStored::toValue));
        }
    }

    @Converter
    public static class FamilyTracingColumn
            extends ProtectedJson<Recorded<FamilyTracing>, RecordedStored<FamilyTracingStored>> {
        public FamilyTracingColumn() {
            super(1, t -> t.constructParametricType(RecordedStored.class, FamilyTracingStored.class),
                    r -> RecordedStored.of(r, FamilyTracingStored::of), s -> s.toValue(FamilyTracingStored::toValue));
        }
    }
}
