package dev.avrr.monitoring.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.monitoring.Returns;
import dev.avrr.monitoring.scores.SurveyBodies;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Statistics without personal data, computed on returns recorded through the real broker and
 * HTTP: returns monitored, follow-ups on time versus late and overdue, alerts by kind, score distributions; by
 * country, programme and category; every count from 1 to 4 shown as "<5", 0 as 0.
 */
@QuarkusTest
class StatisticsTest {

    private static final String AUDITOR = TestTokens.of(Roles.AUDITOR, "iom-audit");

    @Inject
    Events events;

    private static JsonPath statistics(String period, String groupBy) {
        return given().auth().oauth2(AUDITOR).queryParam("period", period).queryParam("groupBy", groupBy).get("/api/v1/monitoring/statistics").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aCohortOfRealReturnsIsCountedAndItsSmallCellsSuppressed() {
        // One cohort no other test uses: returns that arrived in March 2019.
        LocalDate arrival = LocalDate.of(2019, 3, 4);
        Returns returns = new Returns(events);
        List<UUID> ghana = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ghana.add(returns.returned(Programme.VULNERABLE_GROUPS, "GH", arrival));
        }
        List<UUID> senegal = List.of(returns.returned(Programme.UDI_STANDARD, "SN", arrival),
                returns.returned(Programme.UDI_STANDARD, "SN", arrival));
        String mission = Returns.mission("GH");
        for (int i = 0; i < 5; i++) {
            String alert = i < 2 ? ",\"alerts\":[{\"kind\":\"RE_TRAFFICKING_RISK\"}]" : "";
            Returns.contact(mission, ghana.get(i), Returns.reachedOn(arrival.plusDays(2)).replace("}", alert + "}"))
                    .statusCode(201);
            given().auth().oauth2(mission).contentType("application/json")
                    .body(SurveyBodies.survey("FOLLOW_UP", arrival.plusMonths(3), 4, 4, 4))
                    .post("/api/v1/monitoring/cases/" + ghana.get(i) + "/surveys").then().statusCode(201);
        }
        Returns.contact(mission, ghana.get(5), Returns.reachedOn(arrival.plusDays(28))).statusCode(201);

        JsonPath byCountry = statistics("2019-03", "COUNTRY");
        String gh = "groups.find { it.group == 'GH' }.";
        String sn = "groups.find { it.group == 'SN' }.";
        assertEquals(List.of("GH", "SN"), byCountry.getList("groups.group"));
        assertShown(byCountry, gh + "returnsMonitored", "6");
        assertShown(byCountry, gh + "followUps.onTime", "5");
        assertShown(byCountry, gh + "followUps.late", "<5");
        assertShown(byCountry, gh + "followUps.overdue", "48");
        assertShown(byCountry, gh + "followUps.missed", "0");
        assertShown(byCountry, gh + "alertsByKind.RE_TRAFFICKING_RISK", "<5");
        assertShown(byCountry, gh + "alertsByKind.VIOLENCE", "0");
        assertShown(byCountry, gh + "latestScores.composite['0.6-0.8']", "5");
        assertShown(byCountry, gh + "latestScores.psychosocial['0.6-0.8']", "5");
        assertShown(byCountry, gh + "latestScores.composite['0.0-0.2']", "0");
        assertShown(byCountry, sn + "returnsMonitored", "<5");
        assertShown(byCountry, sn + "followUps.onTime", "0");
        assertShown(byCountry, sn + "followUps.overdue", "12");
        assertShown(byCountry, "smallCellThreshold", 5);

        JsonPath byProgramme = statistics("2019-03", "PROGRAMME");
        assertShown(byProgramme, "groups.find { it.group == 'VULNERABLE_GROUPS' }.returnsMonitored", "6");
        assertShown(byProgramme, "groups.find { it.group == 'UDI_STANDARD' }.returnsMonitored", "<5");
        JsonPath byCategory = statistics("2019-03", "CATEGORY");
        assertShown(byCategory, "groups.group", List.of("ADULT"));
        assertShown(byCategory, "groups[0].returnsMonitored", "8");

        String body = given().auth().oauth2(Returns.mission("SN")).queryParam("period", "2019-03")
                .queryParam("countryOfReturn", "SEN")
                .get("/api/v1/monitoring/statistics").then().statusCode(200).body("groups.group", equalTo(List.of("SN")))
                .extract().asString();
        for (UUID id : senegal) {
            assertFalse(body.contains(id.toString()), "no case id in statistics");
        }
    }

    /**
     * The differencing attack: five returns arrived in May 2018 and one in June. Asked for June alone the one is
     * "<5"; the second quarter (6) minus May (5) would give it, so the quarter and the year are suppressed, and no
     * other window can be asked for.
     */
    @Test
    void twoPeriodsCannotBeSubtractedToFindOnePerson() {
        Returns returns = new Returns(events);
        for (int i = 0; i < 5; i++) {
            returns.returned(Programme.VULNERABLE_GROUPS, "BJ", LocalDate.of(2018, 5, 10));
        }
        returns.returned(Programme.VICTIMS_OF_TRAFFICKING, "BJ", LocalDate.of(2018, 6, 3));

        String bj = "groups.find { it.group == 'BJ' }.returnsMonitored";
        assertShown(statistics("2018-05", "COUNTRY"), bj, "5");
        assertShown(statistics("2018-06", "COUNTRY"), bj, "<5");
        assertShown(statistics("2018-Q2", "COUNTRY"), bj, "suppressed");
        assertShown(statistics("2018", "COUNTRY"), bj, "suppressed");
        assertShown(statistics("2018-04", "COUNTRY"), "groups", List.of());
        for (String window : new String[] { "2018-05..2018-06", "2018-06-01", "2018-H1", "2018-Q2-2" }) {
            given().auth().oauth2(AUDITOR).queryParam("period", window).get("/api/v1/monitoring/statistics").then()
                    .statusCode(400).body("violations[0].field", equalTo("period"));
        }
        for (String old : new String[] { "arrivedFrom", "arrivedTo" }) {
            given().auth().oauth2(AUDITOR).queryParam(old, "2018-06").queryParam("period", "2018-06")
                    .get("/api/v1/monitoring/statistics").then().statusCode(200)
                    .body(bj, equalTo("<5"));
        }
    }

    @Test
    void aCohortWithoutReturnsHasNoGroups() {
        given().auth().oauth2(Returns.caseworker(Returns.IOM_OSLO)).queryParam("period", "1990")
                .get("/api/v1/monitoring/statistics").then().statusCode(200)
                .body("groups", hasSize(0)).body("period", equalTo("1990")).body("groupBy", equalTo("COUNTRY"));
    }

    @Test
    void aBadPeriodOrBreakdownIsNamed() {
        given().auth().oauth2(AUDITOR).queryParam("period", "2019-3-1").get("/api/v1/monitoring/statistics")
                .then().statusCode(400).body("violations[0].field", equalTo("period"));
        given().auth().oauth2(AUDITOR).queryParam("period", "2019-13")
                .get("/api/v1/monitoring/statistics").then().statusCode(400)
                .body("violations[0].field", equalTo("period"));
        given().auth().oauth2(AUDITOR).queryParam("groupBy", "NAME").get("/api/v1/monitoring/statistics").then()
                .statusCode(400).body("violations[0].field", equalTo("groupBy"));
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-test")).get("/api/v1/monitoring/statistics").then()
                .statusCode(403);
    }

    private static void assertShown(JsonPath json, String path, Object expected) {
        assertEquals(expected, json.get(path), path);
    }
}
