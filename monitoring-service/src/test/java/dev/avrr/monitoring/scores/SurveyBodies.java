package dev.avrr.monitoring.scores;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Survey bodies as a mission sends them: one value for every indicator of a dimension. */
public final class SurveyBodies {

    private SurveyBodies() {
    }

    public static String survey(String kind, LocalDate takenOn, int economic, int social, int psychosocial) {
        List<String> answers = new ArrayList<>();
        SustainabilityScoringTest.ECONOMIC.forEach(c -> answers.add(answer(c, economic)));
        SustainabilityScoringTest.SOCIAL.forEach(c -> answers.add(answer(c, social)));
        SustainabilityScoringTest.PSYCHOSOCIAL.forEach(c -> answers.add(answer(c, psychosocial)));
        return "{\"kind\":\"" + kind + "\",\"takenOn\":\"" + takenOn + "\",\"answers\":[" + String.join(",", answers)
                + "]}";
    }

    private static String answer(String indicator, int value) {
        return "{\"indicator\":\"" + indicator + "\",\"value\":" + value + "}";
    }
}
