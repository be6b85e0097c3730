package dev.avrr.monitoring.sharing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.monitoring.Returns;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingTable;
import dev.avrr.platform.sharing.SharingTable.CaseState;
import dev.avrr.platform.sharing.SharingTable.Row;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.Programme;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's table of cases (role × case state × consent) against monitoring-service's API: each case is put
 * in its state by case-service's own announcement on the real broker, then every asker reads the returnee and lists
 * the returnees awaiting return with the programme filter. The answers are the table's.
 */
@QuarkusTest
class SharingTableTest {

    private static final Set<String> READERS = Set.of(Roles.MISSION, Roles.CASEWORKER);
    private static final Map<CaseState, UUID> BUILT = new ConcurrentHashMap<>();

    @Inject
    Events events;

    static Stream<Row> table() {
        return SharingTable.rows().stream();
    }

    private UUID caseIn(CaseState s) {
        return BUILT.computeIfAbsent(s, state -> {
            UUID caseId = UUID.randomUUID();
            Returns returns = new Returns(events);
            returns.send(caseId, CaseSharingChanged.TYPE, new CaseSharingChanged(caseId, 1, SharingTable.OFFICE,
                    SharingTable.COUNTRY, "NO", state.handedOverToMission, state.shareForReturn, state.shareWithUdi,
                    state.submittedToUdi, state.departed, OffsetDateTime.now(ZoneOffset.UTC)));
            returns.sendSealed(caseId, CaseRegistered.TYPE, new CaseRegistered(caseId, null, SharingTable.OFFICE,
                    SharingTable.COUNTRY, OffsetDateTime.now(ZoneOffset.UTC), "NO"),
                    new CaseSpecifics(Programme.VICTIMS_OF_TRAFFICKING, null));
            Returns.awaitStatus(caseId, SharingTable.OFFICE, "AWAITING_RETURN");
            return caseId;
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyReadAndEveryListAnswersAsTheTable(Row row) {
        UUID caseId = caseIn(row.state());
        SharingTable.Asker a = row.asker();
        String signed = TestTokens.of(a.role, a.org, a.country);
        int expected = row.status(READERS, Audience.MISSION, Audience.CASEWORKER);
        given().auth().oauth2(signed).get("/api/v1/monitoring/cases/" + caseId).then().statusCode(expected);
        var list = given().auth().oauth2(signed).queryParam("programme", "VICTIMS_OF_TRAFFICKING")
                .queryParam("status", "AWAITING_RETURN").queryParam("size", 100)
                .get("/api/v1/monitoring/cases").then().statusCode(expected == 403 ? 403 : 200);
        if (expected == 200) {
            list.body("items.caseId", hasItem(caseId.toString()));
        } else if (expected == 404) {
            list.body("items.caseId", not(hasItem(caseId.toString())));
        }
    }

    @Test
    void aWithdrawalStopsTheMissionAndCancelsItsOpenItems() {
        Returns returns = new Returns(events);
        UUID caseId = returns.returned(Programme.VULNERABLE_GROUPS, "ET", LocalDate.now(ZoneOffset.UTC).minusDays(1));
        String mission = Returns.mission("ET");
        Returns.read(mission, caseId).statusCode(200);
        List<String> open = Returns.read(mission, caseId).extract().jsonPath().getList("plan.status");
        assertEquals(true, open.contains("DUE") || open.contains("OVERDUE"), open.toString());

        returns.sharing(caseId, 2, "ET", "NO", true, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> Returns.read(mission, caseId).extract().statusCode() == 404);
        Returns.contact(mission, caseId, Returns.reachedOn(LocalDate.now(ZoneOffset.UTC))).statusCode(404);
        given().auth().oauth2(mission).get("/api/v1/monitoring/cases").then()
                .body("items.caseId", not(hasItem(caseId.toString())));
        Returns.read(Returns.caseworker(Returns.IOM_OSLO), caseId).statusCode(200)
                .body("plan.status", everyItem(equalTo("CANCELLED")));
    }
}
