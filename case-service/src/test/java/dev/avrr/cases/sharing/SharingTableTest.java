package dev.avrr.cases.sharing;

import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.SharingTable;
import dev.avrr.platform.sharing.SharingTable.CaseState;
import dev.avrr.platform.sharing.SharingTable.Row;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The platform's table of cases (role × case state × consent) against case-service's API: each case is brought
 * into its state through the API, as IOM Oslo's caseworker and UDI would, then every asker reads it and lists the
 * cases in its status. The answers are the table's, as in grant- and monitoring-service.
 */
@QuarkusTest
class SharingTableTest {

    private static final Set<String> READERS = Set.of(Roles.CASEWORKER, Roles.MISSION, Roles.UDI);
    private static final Map<CaseState, String> BUILT = new ConcurrentHashMap<>();
    private static final String RETURN_CONSENT = "consents.find { it.purpose == 'SHARE_FOR_RETURN' }.id";
    private static final String UDI_CONSENT = "consents.find { it.purpose == 'SHARE_WITH_UDI' }.id";

    static Stream<Row> table() {
        return SharingTable.rows().stream();
    }

    private static String caseIn(CaseState s) {
        return BUILT.computeIfAbsent(s, state -> {
            String id = CaseApi.registerAdult();
            switch (state) {
                case REGISTERED -> {
                }
                case SUBMITTED_TO_UDI -> CaseApi.submitted(id);
                case UDI_CONSENT_WITHDRAWN -> {
                    CaseApi.submitted(id);
                    withdraw(id, UDI_CONSENT);
                }
                case HANDED_OVER -> CaseApi.handOver(OSLO, id).statusCode(200);
                case HANDED_OVER_CONSENT_WITHDRAWN -> {
                    CaseApi.handOver(OSLO, id).statusCode(200);
                    withdraw(id, RETURN_CONSENT);
                }
                case DEPARTED_NOT_HANDED_OVER -> {
                    CaseApi.approved(id);
                    CaseApi.prepared(OSLO, id);
                    CaseApi.book(OSLO, id).statusCode(200);
                    CaseApi.depart(OSLO, id).statusCode(200);
                }
            }
            return id;
        });
    }

    private static void withdraw(String id, String consentPath) {
        String consentId = CaseApi.read(OSLO, id).extract().path(consentPath);
        CaseApi.post(OSLO, id, "consents/" + consentId + "/withdrawal", "{\"withdrawnOn\":\"%s\"}"
                .formatted(CaseApi.today())).statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyReadAndEveryListAnswersAsTheTable(Row row) {
        String id = caseIn(row.state());
        SharingTable.Asker a = row.asker();
        String signed = TestTokens.of(a.role, a.org, a.country);
        int expected = row.status(READERS, Audience.CASEWORKER, Audience.MISSION, Audience.UDI);
        var read = CaseApi.read(signed, id).statusCode(expected);
        if (expected == 200) {
            // The view tells itself apart: the discriminator of the read's oneOf.
            read.body("view", org.hamcrest.Matchers.equalTo(a.audience().orElseThrow().name()));
        }
        String status = CaseApi.read(OSLO, id).extract().path("status");
        var list = given().auth().oauth2(signed).queryParam("status", status).queryParam("countryOfReturn", "ET")
                .queryParam("size", 100).get("/api/v1/cases").then().statusCode(expected == 403 ? 403 : 200);
        if (expected == 200) {
            list.body("items.id", hasItem(id));
        } else if (expected == 404) {
            list.body("items.id", not(hasItem(id)));
        }
    }
}
