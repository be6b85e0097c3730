package dev.avrr.monitoring.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small cells: any count from 1 to 4 is shown as "<5"; 0 stays 0; 5 and more are shown. */
class SmallCellSuppressionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0,   0",
            "1,   <5",
            "2,   <5",
            "3,   <5",
            "4,   <5",
            "5,   5",
            "6,   6",
            "260, 260",
    })
    void shown(long count, String shown) {
        assertEquals(shown, SmallCellSuppression.show(count, 5));
    }

    @Test
    void theThresholdIsASetting() {
        assertEquals("<10", SmallCellSuppression.show(9, 10));
        assertEquals("10", SmallCellSuppression.show(10, 10));
    }

    @Test
    void aNegativeCountIsAFault() {
        assertThrows(IllegalArgumentException.class, () -> SmallCellSuppression.show(-1, 5));
    }
}
