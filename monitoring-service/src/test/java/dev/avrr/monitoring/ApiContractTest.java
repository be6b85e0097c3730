package dev.avrr.monitoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.AbstractApiContractTest;
import dev.avrr.testing.ApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiContractTest extends AbstractApiContractTest {

    /** Partner systems build on these answers without asking: every operation shows what it answers. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationThatAnswersWithABodyShowsAnExampleOfIt() {
        List<String> missing = new ArrayList<>();
        for (ApiContract.Operation op : ApiContract.operations()) {
            Map<String, Object> responses = (Map<String, Object>) op.spec().get("responses");
            boolean example = responses != null && responses.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2"))
                    .map(e -> (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("content"))
                    .filter(c -> c != null)
                    .flatMap(c -> c.values().stream())
                    .anyMatch(media -> ((Map<String, Object>) media).get("examples") != null
                            || ((Map<String, Object>) media).get("example") != null);
            boolean noContent = responses != null && responses.containsKey("204");
            if (!example && !noContent) {
                missing.add(op.toString());
            }
        }
        assertTrue(missing.isEmpty(), "operations without a response example: " + missing);
    }
}
