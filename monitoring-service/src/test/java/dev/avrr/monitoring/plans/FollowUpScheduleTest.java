package dev.avrr.monitoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The follow-up schedule per programme (docs/domain.md#the-swedish-route: on arrival and through the first three months;
 * docs/domain.md#what-every-applicant-may-get: during and after the reintegration period; the default for the others), read from the plan monitoring makes
 * when case-service reports the return.
 */
@QuarkusTest
class FollowUpScheduleTest {

    @Inject
    Events events;

    @ParameterizedTest(name = "{0}: due {1} after arrival")
    @CsvSource({
            "SWEDISH_AVRR,           P0D P1M P2M P3M,                     Återintegrationsstöd: meeting on arrival",
            "VULNERABLE_GROUPS,      P7D P1M P2M P3M P4M P5M P6M P9M P12M, Arrival contact",
            "VICTIMS_OF_TRAFFICKING, P7D P1M P2M P3M P6M P12M,             Arrival contact",
            "UDI_STANDARD,           P7D P1M P2M P3M P6M P12M,             Arrival contact",
    })
    void thePlanOfAReturnFollowsItsProgrammesSchedule(Programme programme, String dueAfter, String firstLabel) {
        LocalDate arrival = LocalDate.now(java.time.ZoneOffset.UTC);
        UUID caseId = new Returns(events).returned(programme, "ET", arrival);
        JsonPath plan = Returns.read(Returns.mission("ET"), caseId).statusCode(200).extract().jsonPath();

        List<String> expected = Arrays.stream(dueAfter.split(" ")).map(p -> arrival.plus(Period.parse(p)).toString())
                .toList();
        assertEquals(expected, plan.getList("plan.dueDate"));
        assertEquals(firstLabel, plan.getString("plan[0].label"));
        assertEquals(arrival.toString(), plan.getString("plan[0].opensOn"));
        List<String> opens = plan.getList("plan.opensOn");
        assertEquals(expected.subList(0, expected.size() - 1), opens.subList(1, opens.size()),
                "each item opens when the one before it falls due");
        assertEquals(List.of("DUE"), plan.getList("plan.status").stream().distinct().toList());
    }

    @Test
    void theSwedishPlanFollowsUpUnderTheSwedishRoutesStepNames() {
        UUID caseId = new Returns(events).returned(Programme.SWEDISH_AVRR, "NG", LocalDate.now().minusDays(1));
        assertEquals(List.of("Återintegrationsstöd: meeting on arrival", "Uppföljning: month 1",
                "Uppföljning: month 2", "Uppföljning: month 3"),
                Returns.read(Returns.caseworker(Returns.IOM_HELSINKI), caseId).statusCode(200).extract().jsonPath()
                        .getList("plan.label"));
    }

    @Test
    void theLatestVersionValidOnTheArrivalDateIsChosenAndTheDefaultServesOtherProgrammes() {
        MonitoringSchedule v1 = schedule(1L, "SWEDISH_AVRR", 1, "2000-01-01");
        MonitoringSchedule v2 = schedule(2L, "SWEDISH_AVRR", 2, "2026-07-01");
        MonitoringSchedule fallback = schedule(3L, MonitoringSchedule.DEFAULT, 1, "2000-01-01");
        List<MonitoringSchedule> all = List.of(v1, v2, fallback);
        assertEquals(1L, FollowUpSchedule.choose(all, Programme.SWEDISH_AVRR, LocalDate.parse("2026-06-30")).get().id);
        assertEquals(2L, FollowUpSchedule.choose(all, Programme.SWEDISH_AVRR, LocalDate.parse("2026-07-01")).get().id);
        assertEquals(3L, FollowUpSchedule.choose(all, Programme.UDI_STANDARD, LocalDate.parse("2026-07-01")).get().id);
        assertEquals(3L, FollowUpSchedule.choose(List.of(v2, fallback), Programme.SWEDISH_AVRR,
                LocalDate.parse("2026-01-01")).get().id);
    }

    private static MonitoringSchedule schedule(long id, String programme, int version, String validFrom) {
        MonitoringSchedule s = new MonitoringSchedule();
        s.id = id;
        s.programme = programme;
        s.version = version;
        s.validFrom = LocalDate.parse(validFrom);
        s.source = "test";
        return s;
    }
}
