package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.RecordedStored;
import dev.avrr.platform.protection.ProtectedJson;
import dev.avrr.vocabulary.events.OtherVulnerability;

/** Eligibility assessments hold health and trafficking findings: kept protected at rest, and how each is stored. */
public final class EligibilityColumns {

    private EligibilityColumns() {
    }

    /** An assessment as stored (version 1): what the caseworker found, the age, and each rule's result. */
    public record OutcomeStored(FindingsStored input, Integer ageOnAssessment, boolean ageEstimated,
            List<ResultStored> results) {

        static OutcomeStored of(EligibilityOutcome o) {
            return new OutcomeStored(FindingsStored.of(o.input()), o.ageOnAssessment(), o.ageEstimated(),
                    o.results().stream().map(r -> new ResultStored(r.rule(), r.met(), r.reason())).toList());
        }

        EligibilityOutcome toValue() {
            return new EligibilityOutcome(input.toValue(), ageOnAssessment, ageEstimated,
                    results.stream().map(r -> new RuleResult(r.rule(), r.met(), r.reason())).toList());
        }
    }

    public record ResultStored(EligibilityCategory rule, boolean met, String reason) {
    }

    public record FindingsStored(LocalDate assessedOn, ArrivalStored arrival, TraffickingStored trafficking,
            MedicalNeedsStored medicalNeeds, OtherVulnerableStored otherVulnerable, String note) {

        static FindingsStored of(EligibilityInput i) {
            return new FindingsStored(i.assessedOn(),
                    i.arrival() == null ? null
                            : new ArrivalStored(i.arrival().withoutParentOrLegalGuardian(), i.arrival().arrivedOn()),
                    i.trafficking() == null ? null
                            : new TraffickingStored(i.trafficking().identified(), i.trafficking().identifiedBy(),
                                    i.trafficking().identifiedOn()),
                    i.medicalNeeds() == null ? null
                            : new MedicalNeedsStored(i.medicalNeeds().extensiveFollowUpNeeded(),
                                    i.medicalNeeds().documentation()),
                    i.otherVulnerable() == null ? null
                            : new OtherVulnerableStored(i.otherVulnerable().subtype(),
                                    i.otherVulnerable().description()),
                    i.note());
        }

        EligibilityInput toValue() {
            return new EligibilityInput(assessedOn,
                    arrival == null ? null
                            : new EligibilityInput.Arrival(arrival.withoutParentOrLegalGuardian(), arrival.arrivedOn()),
                    trafficking == null ? null
                            : new EligibilityInput.Trafficking(trafficking.identified(), trafficking.identifiedBy(),
                                    trafficking.identifiedOn()),
                    medicalNeeds == null ? null
                            : new EligibilityInput.MedicalNeeds(medicalNeeds.extensiveFollowUpNeeded(),
                                    medicalNeeds.documentation()),
                    otherVulnerable == null ? null
                            : new EligibilityInput.OtherVulnerable(otherVulnerable.subtype(),
                                    otherVulnerable.description()),
                    note);
        }
    }

    public record ArrivalStored(Boolean withoutParentOrLegalGuardian, LocalDate arrivedOn) {
    }

    public record TraffickingStored(Boolean identified, String identifiedBy, LocalDate identifiedOn) {
    }

    public record MedicalNeedsStored(Boolean extensiveFollowUpNeeded, String documentation) {
    }

    public record OtherVulnerableStored(OtherVulnerability subtype, String description) {
    }

    @Converter
    public static class AssessmentsColumn
            extends ProtectedJson<List<Recorded<EligibilityOutcome>>, List<RecordedStored<OutcomeStored>>> {
        public AssessmentsColumn() {
            super(1, t -> t.constructCollectionType(List.class,
                    t.constructParametricType(RecordedStored.class, OutcomeStored.class)),
                    outcomes -> RecordedStored.ofAll(outcomes, OutcomeStored::of),
                    stored -> RecordedStored.toValues(stored, OutcomeStored::toValue));
        }
    }
}
