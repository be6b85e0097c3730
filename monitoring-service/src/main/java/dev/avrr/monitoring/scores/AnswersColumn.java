package dev.avrr.monitoring.scores;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Converter;

import dev.avrr.platform.protection.ProtectedJson;

/** A survey's answers (indicator → value), protected at rest: psychosocial answers are about health. */
@Converter
public class AnswersColumn extends ProtectedJson<Map<String, Integer>> {

    public AnswersColumn() {
        super(t -> t.constructMapType(LinkedHashMap.class, String.class, Integer.class));
    }
}
