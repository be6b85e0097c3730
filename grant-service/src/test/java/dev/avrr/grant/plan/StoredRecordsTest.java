package dev.avrr.grant.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * grant-service's protected JSON column, the plan line's provider, reads a frozen value of version 1, bare (as
 * written before stored values carried their version) and enveloped; a value written reads back equal.
 */
@QuarkusTest
class StoredRecordsTest {

    @Test
    void provider() {
        PlanLine.ProviderColumn column = new PlanLine.ProviderColumn();
        PlanLine.Provider expected = new PlanLine.Provider("Fiktiv Yrkesskole", "ACC-0001");
        String versionOne = "{\"name\":\"Fiktiv Yrkesskole\",\"reference\":\"ACC-0001\"}";
        assertEquals(expected, column.read(versionOne));
        assertEquals(expected, column.read("{\"version\":1,\"value\":" + versionOne + "}"));
        assertEquals(expected, column.read(column.write(expected)));
    }
}
