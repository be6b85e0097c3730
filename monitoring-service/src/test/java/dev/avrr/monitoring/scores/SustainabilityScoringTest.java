package dev.avrr.monitoring.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.problem.Problem;

/**
 * The scoring of the sustainability survey as a table: five indicators per dimension on a 1–5 scale, each answer
 * scaled to 0–1, a dimension the weighted mean of its indicators, the composite the weighted mean of dimensions.
 */
class SustainabilityScoringTest {

    static final List<String> ECONOMIC = List.of("ECO_INCOME", "ECO_WORK", "ECO_DEBT", "ECO_FOOD", "ECO_SAVINGS");
    static final List<String> SOCIAL = List.of("SOC_HOUSING", "SOC_HEALTH_CARE", "SOC_EDUCATION", "SOC_DOCUMENTS",
            "SOC_SERVICES");
    static final List<String> PSYCHOSOCIAL = List.of("PSY_NETWORK", "PSY_PARTICIPATION", "PSY_BELONGING", "PSY_SAFETY",
            "PSY_WELLBEING");

    @ParameterizedTest(name = "eco [{0}] soc [{1}] psy [{2}], eco weight {3}, income weight {4} → {5} {6} {7} {8}")
    @CsvSource({
            // answers per dimension, economic dimension weight, ECO_INCOME weight → economic, social, psychosocial, composite
            "1 1 1 1 1, 1 1 1 1 1, 1 1 1 1 1, 1, 1, 0.000, 0.000, 0.000, 0.000",
            "5 5 5 5 5, 5 5 5 5 5, 5 5 5 5 5, 1, 1, 1.000, 1.000, 1.000, 1.000",
            "5 5 5 5 5, 1 1 1 1 1, 1 1 1 1 1, 1, 1, 1.000, 0.000, 0.000, 0.333",
            "3 3 3 3 3, 1 2 3 4 5, 5 5 4 4 1, 1, 1, 0.500, 0.500, 0.700, 0.567",
            "5 5 5 5 5, 1 1 1 1 1, 1 1 1 1 1, 2, 1, 1.000, 0.000, 0.000, 0.500",
            "5 1 1 1 1, 1 1 1 1 1, 1 1 1 1 1, 1, 3, 0.429, 0.000, 0.000, 0.143",
            "2 2 2 2 2, 4 4 4 4 4, 3 3 3 3 3, 1, 1, 0.250, 0.750, 0.500, 0.500",
    })
    void scores(String economic, String social, String psychosocial, String economicWeight, String incomeWeight,
            BigDecimal e, BigDecimal s, BigDecimal p, BigDecimal composite) {
        SustainabilityScoring.Scheme scheme = scheme(new BigDecimal(economicWeight), new BigDecimal(incomeWeight));
        Map<String, Integer> answers = new LinkedHashMap<>();
        put(answers, ECONOMIC, economic);
        put(answers, SOCIAL, social);
        put(answers, PSYCHOSOCIAL, psychosocial);
        assertEquals(new SustainabilityScoring.Scores(e, s, p, composite), SustainabilityScoring.score(scheme, answers));
    }

    @Test
    void aFollowUpIsComparedWithTheBaselinePerDimension() {
        var baseline = new SustainabilityScoring.Scores(new BigDecimal("0.250"), new BigDecimal("0.500"),
                new BigDecimal("0.400"), new BigDecimal("0.383"));
        var followUp = new SustainabilityScoring.Scores(new BigDecimal("0.500"), new BigDecimal("0.500"),
                new BigDecimal("0.300"), new BigDecimal("0.433"));
        assertEquals(new SustainabilityScoring.Scores(new BigDecimal("0.250"), new BigDecimal("0.000"),
                new BigDecimal("-0.100"), new BigDecimal("0.050")), SustainabilityScoring.change(baseline, followUp));
    }

    @Test
    void aDimensionWithoutAnsweredIndicatorsHasNoScore() {
        Map<String, Integer> answers = new LinkedHashMap<>();
        put(answers, ECONOMIC, "5 5 5 5 5");
        put(answers, SOCIAL, "1 1 1 1 1");
        var scores = SustainabilityScoring.score(scheme(BigDecimal.ONE, BigDecimal.ONE), answers);
        assertNull(scores.psychosocial());
        assertEquals(new BigDecimal("0.500"), scores.composite());
    }

    @ParameterizedTest(name = "answer {0}={1} → {2}: {3}")
    @CsvSource({
            "ECO_LUCK,   3, answers[0].indicator, is not an indicator of the survey",
            "ECO_INCOME, 6, answers[0].value,     must be between 1 and 5",
            "ECO_INCOME, 0, answers[0].value,     must be between 1 and 5",
    })
    void aWrongAnswerIsNamed(String indicator, int value, String field, String message) {
        List<SustainabilityScoring.Answer> answers = new ArrayList<>(all(3));
        answers.set(0, new SustainabilityScoring.Answer(indicator, value));
        List<Problem.Violation> violations = SustainabilityScoring.check(scheme(BigDecimal.ONE, BigDecimal.ONE), answers);
        assertEquals(1, violations.size(), violations.toString());
        assertEquals(field, violations.get(0).field());
        assertTrue(violations.get(0).message().startsWith(message), violations.get(0).message());
    }

    @Test
    void anIndicatorAnsweredTwiceOrNotAtAllIsNamed() {
        List<SustainabilityScoring.Answer> twice = new ArrayList<>(all(3));
        twice.add(new SustainabilityScoring.Answer("PSY_SAFETY", 2));
        List<Problem.Violation> v = SustainabilityScoring.check(scheme(BigDecimal.ONE, BigDecimal.ONE), twice);
        assertEquals(List.of(new Problem.Violation("answers[15].indicator", "is answered twice")), v);

        List<SustainabilityScoring.Answer> missing = new ArrayList<>(all(3));
        missing.remove(14);
        v = SustainabilityScoring.check(scheme(BigDecimal.ONE, BigDecimal.ONE), missing);
        assertEquals(List.of(new Problem.Violation("answers", "misses PSY_WELLBEING")), v);
        assertTrue(SustainabilityScoring.check(scheme(BigDecimal.ONE, BigDecimal.ONE), all(3)).isEmpty());
    }

    static List<SustainabilityScoring.Answer> all(int value) {
        List<SustainabilityScoring.Answer> answers = new ArrayList<>();
        for (List<String> d : List.of(ECONOMIC, SOCIAL, PSYCHOSOCIAL)) {
            d.forEach(code -> answers.add(new SustainabilityScoring.Answer(code, value)));
        }
        return answers;
    }

    private static void put(Map<String, Integer> answers, List<String> codes, String values) {
        String[] v = values.split(" ");
        for (int i = 0; i < codes.size(); i++) {
            answers.put(codes.get(i), Integer.valueOf(v[i]));
        }
    }

    private static SustainabilityScoring.Scheme scheme(BigDecimal economicWeight, BigDecimal incomeWeight) {
        Map<String, SustainabilityScoring.Weighted> indicators = new LinkedHashMap<>();
        add(indicators, ECONOMIC, Dimension.ECONOMIC, incomeWeight);
        add(indicators, SOCIAL, Dimension.SOCIAL, BigDecimal.ONE);
        add(indicators, PSYCHOSOCIAL, Dimension.PSYCHOSOCIAL, BigDecimal.ONE);
        Map<Dimension, BigDecimal> dimensions = new EnumMap<>(Dimension.class);
        dimensions.put(Dimension.ECONOMIC, economicWeight);
        dimensions.put(Dimension.SOCIAL, BigDecimal.ONE);
        dimensions.put(Dimension.PSYCHOSOCIAL, BigDecimal.ONE);
        return new SustainabilityScoring.Scheme(1, LocalDate.of(2000, 1, 1), "test", indicators, dimensions);
    }

    private static void add(Map<String, SustainabilityScoring.Weighted> indicators, List<String> codes, Dimension d,
            BigDecimal firstWeight) {
        for (int i = 0; i < codes.size(); i++) {
            indicators.put(codes.get(i), new SustainabilityScoring.Weighted(codes.get(i), d, i + 1, "question", 1, 5,
                    i == 0 ? firstWeight : BigDecimal.ONE));
        }
    }
}
