package dev.avrr.cases.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.DatabaseScan;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Each audience's list of cases is read from an index in its order, never sorted, so that a page costs the same
 * however many cases there are (docs/performance.md): the caseworker's office, the mission's country once handed over,
 * UDI's Norwegian cases once submitted to it.
 */
@QuarkusTest
class CaseListOrderTest {

    @Inject
    DataSource dataSource;

    @Test
    void eachAudiencesListIsReadFromAnIndexInItsOrder() {
        assertEquals(List.of(), DatabaseScan.scopesSorted(dataSource, "avrr_case", "registered_at DESC, id", List.of("office = 'iom-oslo'",
                "country_of_return = 'ET' AND handed_over_to_mission_at IS NOT NULL",
                "jurisdiction = 'NO' AND udi_consent_standing = true AND submitted_to_udi_at IS NOT NULL")));
    }
}
