package dev.avrr.monitoring.scores;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Converter;

import dev.avrr.platform.protection.KeptOnErasure;
import dev.avrr.platform.protection.ProtectedJson;

/**
 * A survey's answers (indicator → value), protected at rest: psychosocial answers are about health. The map of
 * indicator codes to values is the stored form itself (version 1). Erasure keeps them: the scores are statistics.
 */
@Converter
public class AnswersColumn extends ProtectedJson<Map<String, Integer>, Map<String, Integer>> implements KeptOnErasure {

    public AnswersColumn() {
        super(1, t -> t.constructMapType(LinkedHashMap.class, String.class, Integer.class), answers -> answers,
                stored -> stored);
    }
}
