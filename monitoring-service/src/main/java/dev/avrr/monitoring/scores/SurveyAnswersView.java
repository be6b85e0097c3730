package dev.avrr.monitoring.scores;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The answers a returnee gave in one survey, per indicator code (on its scale, higher is more sustainable), as
 * stored. No staff view shows them — staff read the scores ({@link SurveyView}) — but they are the person's own, so
 * their access request holds them (docs/domain.md#subject-rights).
 */
public record SurveyAnswersView(UUID surveyId, SurveyKind kind, LocalDate takenOn, Map<String, Integer> answers) {

    static SurveyAnswersView of(Survey s) {
        return new SurveyAnswersView(s.id, s.kind, s.takenOn, new LinkedHashMap<>(s.answers));
    }
}
