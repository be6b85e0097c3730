package dev.avrr.monitoring.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * monitoring-service's protected JSON column, a survey's answers, reads a frozen value of version 1, bare (as
 * written before stored values carried their version) and enveloped, in the order given; a value written reads
 * back equal.
 */
@QuarkusTest
class StoredRecordsTest {

    @Test
    void answers() {
        AnswersColumn column = new AnswersColumn();
        String versionOne = "{\"ECO_INCOME\":3,\"PSY_SAFETY\":4}";
        Map<String, Integer> expected = Map.of("ECO_INCOME", 3, "PSY_SAFETY", 4);
        assertEquals(expected, column.read(versionOne));
        assertEquals(List.of("ECO_INCOME", "PSY_SAFETY"), List.copyOf(column.read(versionOne).keySet()));
        assertEquals(expected, column.read("{\"version\":1,\"value\":" + versionOne + "}"));
        assertEquals(expected, column.read(column.write(expected)));
    }
}
