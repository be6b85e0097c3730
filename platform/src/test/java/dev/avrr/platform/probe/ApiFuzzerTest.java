package dev.avrr.platform.probe;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import dev.avrr.testing.ApiFuzzer;
import dev.avrr.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The fuzzer the services run can fail: the probe's deliberate fault is found and named. */
@QuarkusTest
class ApiFuzzerTest {

    @Test
    void aFaultingOperationIsReported() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> ApiFuzzer
                .assertNoInputYieldsAFault(role -> TestTokens.role(role).org("org-fuzz").country("ET").sign(), 3));
        assertTrue(failure.getMessage().contains("POST /api/v1/probes/boom"), failure.getMessage());
        assertTrue(failure.getMessage().contains("→ 500"), failure.getMessage());
    }
}
