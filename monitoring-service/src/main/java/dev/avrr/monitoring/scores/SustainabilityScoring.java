package dev.avrr.monitoring.scores;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.avrr.platform.problem.Problem;

// docs/domain.md#sustainability-of-reintegration (IOM's Reintegration Sustainability Survey: answers per indicator in three dimensions, economic, social, psychosocial, and a composite; the scoring scheme is configuration): each answer is scaled to 0–1 on its indicator's scale, a dimension is the weighted mean of its indicators, the composite the weighted mean of the dimensions, with the weights of one version.
public final class SustainabilityScoring {

    /** Scores are given to three decimals, from 0 (least) to 1 (most sustainable). */
    public static final int DECIMALS = 3;

    /** One indicator of a version, with its scale and weight. */
    public record Weighted(String code, Dimension dimension, int position, String question, int scaleMin,
            int scaleMax, BigDecimal weight) {
    }

    /** The indicators and weights of one version. */
    public record Scheme(int version, LocalDate validFrom, String note, Map<String, Weighted> indicators,
            Map<Dimension, BigDecimal> dimensions) {
    }

    /** One answer as sent. */
    public record Answer(String indicator, Integer value) {
    }

    /** Per-dimension scores and the composite; a dimension without any answered indicator has none. */
    public record Scores(BigDecimal economic, BigDecimal social, BigDecimal psychosocial, BigDecimal composite) {

        BigDecimal of(Dimension d) {
            return switch (d) {
                case ECONOMIC -> economic;
                case SOCIAL -> social;
                case PSYCHOSOCIAL -> psychosocial;
            };
        }
    }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private SustainabilityScoring() {
    }

    /**
     * What is wrong with a survey's answers under a scheme, each naming the answer: an unknown indicator, one
     * answered twice, a value outside its scale; and the indicators left unanswered.
     */
    public static List<Problem.Violation> check(Scheme scheme, List<Answer> answers) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            Weighted indicator = scheme.indicators().get(a.indicator());
            if (indicator == null) {
                violations.add(new Problem.Violation("answers[" + i + "].indicator", "is not an indicator of the "
                        + "survey (weights version " + scheme.version() + "): one of "
                        + String.join(", ", scheme.indicators().keySet())));
            } else if (!seen.add(a.indicator())) {
                violations.add(new Problem.Violation("answers[" + i + "].indicator", "is answered twice"));
            } else if (a.value() < indicator.scaleMin() || a.value() > indicator.scaleMax()) {
                violations.add(new Problem.Violation("answers[" + i + "].value", "must be between "
                        + indicator.scaleMin() + " and " + indicator.scaleMax() + " on the scale of " + a.indicator()));
            }
        }
        List<String> missing = scheme.indicators().keySet().stream().filter(code -> !seen.contains(code)).toList();
        if (!missing.isEmpty() && violations.isEmpty()) {
            violations.add(new Problem.Violation("answers", "misses " + String.join(", ", missing)));
        }
        return violations;
    }

    /** The scores of the answers under a scheme, over the scheme's indicators that were answered. */
    public static Scores score(Scheme scheme, Map<String, Integer> answers) {
        Map<Dimension, BigDecimal> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (Weighted w : scheme.indicators().values()) {
                Integer value = answers.get(w.code());
                if (w.dimension() == d && value != null) {
                    BigDecimal scaled = BigDecimal.valueOf(value - w.scaleMin())
                            .divide(BigDecimal.valueOf(w.scaleMax() - w.scaleMin()), PRECISION);
                    sum = sum.add(w.weight().multiply(scaled, PRECISION));
                    weights = weights.add(w.weight());
                }
            }
            if (weights.signum() > 0) {
                byDimension.put(d, sum.divide(weights, PRECISION));
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Map.Entry<Dimension, BigDecimal> e : byDimension.entrySet()) {
            BigDecimal weight = scheme.dimensions().get(e.getKey());
            sum = sum.add(weight.multiply(e.getValue(), PRECISION));
            weights = weights.add(weight);
        }
        BigDecimal composite = weights.signum() > 0 ? sum.divide(weights, PRECISION) : null;
        return new Scores(round(byDimension.get(Dimension.ECONOMIC)), round(byDimension.get(Dimension.SOCIAL)),
                round(byDimension.get(Dimension.PSYCHOSOCIAL)), round(composite));
    }

    /** How far a follow-up moved from the baseline, per dimension and composite (positive: more sustainable). */
    public static Scores change(Scores baseline, Scores followUp) {
        return new Scores(minus(followUp.economic(), baseline.economic()),
                minus(followUp.social(), baseline.social()), minus(followUp.psychosocial(), baseline.psychosocial()),
                minus(followUp.composite(), baseline.composite()));
    }

    private static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}
