package dev.avrr.grant.sharing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingTable;
import dev.avrr.platform.sharing.SharingTable.CaseState;
import dev.avrr.platform.sharing.SharingTable.Row;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's table of cases (role × case state × consent) against grant-service's API: each case is put in
 * its state by case-service's own announcement on the real broker, then every asker reads its entitlements, its
 * ledger, its case report and the disbursement list filtered to it. The answers are the table's.
 */
@QuarkusTest
class SharingTableTest {

    private static final Set<String> READERS = Set.of(Roles.MISSION, Roles.CASEWORKER, Roles.FINANCE, Roles.AUDITOR);
    private static final Audience[] SERVED = { Audience.MISSION, Audience.CASEWORKER, Audience.FINANCE,
            Audience.AUDITOR };

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    record Built(UUID caseId, String entitlementId) {
    }

    private static final Map<CaseState, Built> BUILT = new ConcurrentHashMap<>();

    static Stream<Row> table() {
        return SharingTable.rows().stream();
    }

    private Built caseIn(CaseState state) {
        return BUILT.computeIfAbsent(state, s -> {
            Traveller t = GrantFixture.applicant(30);
            UUID caseId = UUID.randomUUID();
            GrantFixture.send(caseId, events.toJson(events.create(CaseSharingChanged.TYPE, caseId.toString(),
                    new CaseSharingChanged(caseId, 1, SharingTable.OFFICE, SharingTable.COUNTRY, "NO",
                            s.handedOverToMission, s.shareForReturn, s.shareWithUdi, s.submittedToUdi, s.departed,
                            OffsetDateTime.now()))));
            GrantFixture.send(caseId, grants.approval(caseId, Programme.VULNERABLE_GROUPS, SharingTable.OFFICE,
                    SharingTable.COUNTRY, null, OffsetDateTime.now(), t));
            GrantFixture.entitlements(caseId, 1);
            return new Built(caseId, GrantFixture.entitlementOf(caseId, t.memberId()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyReadAnswersAsTheTable(Row row) {
        Built c = caseIn(row.state());
        SharingTable.Asker a = row.asker();
        String signed = TestTokens.of(a.role, a.org, a.country);
        int expected = row.status(READERS, SERVED);
        given().auth().oauth2(signed).get("/api/v1/cases/" + c.caseId() + "/entitlements").then().statusCode(expected);
        given().auth().oauth2(signed).get("/api/v1/entitlements/" + c.entitlementId()).then().statusCode(expected);
        given().auth().oauth2(signed).get("/api/v1/entitlements/" + c.entitlementId() + "/ledger").then()
                .statusCode(expected);
        given().auth().oauth2(signed).get("/api/v1/reports/cases/" + c.caseId()).then().statusCode(expected);
    }

    @Test
    void aWithdrawalAnnouncedLaterStopsTheMission() {
        Traveller t = GrantFixture.applicant(30);
        UUID caseId = grants.approve(Programme.VULNERABLE_GROUPS, null, 1, t);
        String entitlement = GrantFixture.entitlementOf(caseId, t.memberId());
        given().auth().oauth2(GrantFixture.MISSION).get("/api/v1/entitlements/" + entitlement).then().statusCode(200);
        GrantFixture.send(caseId, grants.sharing(caseId, 2, GrantFixture.COUNTRY, true, false));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth()
                .oauth2(GrantFixture.MISSION).get("/api/v1/entitlements/" + entitlement).statusCode() == 404);
        // An older announcement arriving late changes nothing; the withdrawal of the case after it marks when it
        // was read.
        GrantFixture.send(caseId, grants.sharing(caseId, 1, GrantFixture.COUNTRY, true, true));
        GrantFixture.send(caseId, events.toJson(events.create(CaseProgressed.WITHDRAWN, caseId.toString(),
                new CaseProgressed(caseId, null, GrantFixture.OFFICE, GrantFixture.COUNTRY,
                        "WITHDRAWN", null, OffsetDateTime.now()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(given().auth()
                .oauth2(GrantFixture.FINANCE).get("/api/v1/reports/cases/" + caseId).jsonPath().getString("stoppedAs")));
        assertEquals(404, given().auth().oauth2(GrantFixture.MISSION).get("/api/v1/entitlements/" + entitlement)
                .statusCode());
        assertEquals(200, given().auth().oauth2(GrantFixture.CASEWORKER).get("/api/v1/entitlements/" + entitlement)
                .statusCode());
    }
}
