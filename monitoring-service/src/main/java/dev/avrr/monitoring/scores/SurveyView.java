package dev.avrr.monitoring.scores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey's scores (0 to 1), and for a follow-up its comparison with the baseline. The answers stay inside. */
@Schema(name = "SustainabilitySurvey")
public record SurveyView(UUID id, UUID caseId, SurveyKind kind, LocalDate takenOn, int weightsVersion, Scores scores,
        Comparison comparedWithBaseline, String recordedByOrg, OffsetDateTime recordedAt) {

    /** Scores per dimension and composite. */
    @Schema(name = "SustainabilityScores")
    public record Scores(BigDecimal economic, BigDecimal social, BigDecimal psychosocial, BigDecimal composite) {

        static Scores of(SustainabilityScoring.Scores s) {
            return new Scores(s.economic(), s.social(), s.psychosocial(), s.composite());
        }
    }

    /** The baseline under the follow-up's weights, and the change from it (positive: more sustainable). */
    @Schema(name = "BaselineComparison")
    public record Comparison(UUID baselineId, int weightsVersion, Scores baseline, Scores change) {
    }

    /** A survey's scores recomputed with one version of the weights. */
    @Schema(name = "RecomputedScores")
    public record Rescored(UUID surveyId, int weightsVersion, boolean asRecorded, Scores scores) {

        static Rescored of(SustainabilitySurveys.Rescored r) {
            return new Rescored(r.survey().id, r.weightsVersion(), r.weightsVersion() == r.survey().weightsVersion,
                    Scores.of(r.scores()));
        }
    }

    static SurveyView of(SustainabilitySurveys.Scored scored) {
        Survey s = scored.survey();
        return new SurveyView(s.id, s.caseId, s.kind, s.takenOn, s.weightsVersion, Scores.of(s.scores()),
                scored.comparison().map(c -> new Comparison(c.baselineId(), c.weightsVersion(), Scores.of(c.baseline()),
                        Scores.of(c.change()))).orElse(null),
                s.recordedByOrg, s.recordedAt);
    }
}
