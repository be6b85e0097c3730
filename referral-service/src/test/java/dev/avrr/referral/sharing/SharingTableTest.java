package dev.avrr.referral.sharing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingTable;
import dev.avrr.platform.sharing.SharingTable.CaseState;
import dev.avrr.platform.sharing.SharingTable.Row;
import dev.avrr.referral.Fixtures;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's table of cases (role × case state × consent) against referral-service's API. referral-service
 * holds the referral behind a case, not the case: the one audience it serves is IOM's receiving office (the
 * caseworker), and whatever happens to the case later — the submission to UDI, the handover, a withdrawal of
 * consent, the departure — opens nothing here. The mission prepares the reception from case-, grant- and
 * monitoring-service, never from the referral; UDI, finance, the auditor and the data-protection function are not
 * served (403); another office and a partner that did not refer the person get "not found". Each row's referral
 * is referred by a partner of its own and accepted by IOM Oslo; every asker reads it, its consents and its
 * timeline, and the answers are the table's.
 */
@QuarkusTest
class SharingTableTest {

    private static final Set<String> READS = Set.of(Roles.PARTNER, Roles.COORDINATOR, Roles.CASEWORKER);
    private static final Set<String> TIMELINE = Set.of(Roles.PARTNER, Roles.COORDINATOR);

    private static final Map<CaseState, String> REFERRALS = new ConcurrentHashMap<>();

    static Stream<Row> table() {
        return SharingTable.rows().stream();
    }

    private static String referralOf(CaseState state) {
        return REFERRALS.computeIfAbsent(state, s -> Fixtures.acceptedInNorway(
                Fixtures.partner("sharing-table-ngo-" + s.name().toLowerCase().replace('_', '-'))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyReadAnswersAsTheTable(Row row) {
        String id = referralOf(row.state());
        SharingTable.Asker a = row.asker();
        String signed = TestTokens.of(a.role, a.org, a.country);
        int expected = row.status(READS, Audience.CASEWORKER);
        given().auth().oauth2(signed).get("/api/v1/referrals/" + id).then().statusCode(expected);
        given().auth().oauth2(signed).get("/api/v1/referrals/" + id + "/consents").then().statusCode(expected);
        given().auth().oauth2(signed).get("/api/v1/referrals/" + id + "/timeline").then()
                .statusCode(row.status(TIMELINE, Audience.CASEWORKER));
    }
}
