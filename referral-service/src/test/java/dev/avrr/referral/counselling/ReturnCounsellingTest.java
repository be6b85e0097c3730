package dev.avrr.referral.counselling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Return counselling in reception centres for unaccompanied minors (docs/domain.md#return-counselling-in-reception-centres), through HTTP. */
@QuarkusTest
class ReturnCounsellingTest {

    @Inject
    YearlyFigures yearlyFigures;

    private static String counsellor(String centre) {
        return TestTokens.of(Roles.COUNSELLOR, centre);
    }

    private static String resident(String token, String born, String sex) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"givenName\":\"Testo\",\"familyName\":\"Fiktivsen\",\"dateOfBirth\":\"" + born + "\","
                        + "\"sex\":\"" + sex + "\",\"nationality\":\"AFG\"}")
                .post("/api/v1/counselling/residents").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse send(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/counselling/residents/" + path).then();
    }

    private static String conversation(String heldOn, String form, String triggerId) {
        return "{\"heldOn\":\"" + heldOn + "\",\"form\":\"" + form + "\","
                + (triggerId == null ? "" : "\"triggerId\":\"" + triggerId + "\",")
                + "\"interpreterUsed\":true,\"interpreterLanguage\":\"prs\",\"outcome\":\"CONSIDERING_RETURN\"}";
    }

    private static void outcome(String token, String resident, String kind, String on) {
        send(token, resident + "/outcomes", "{\"kind\":\"" + kind + "\",\"occurredOn\":\"" + on + "\"}").statusCode(201);
    }

    @Test
    void aMinorIsOwedTheMandatoryConversationAfterADecisionUntilAFormalOneIsHeld() {
        String centre = "mottak-" + UUID.randomUUID();
        String token = counsellor(centre);
        String minor = resident(token, LocalDate.now().minusYears(15).toString(), "MALE");
        String adult = resident(token, "1990-01-01", "FEMALE");

        given().auth().oauth2(token).queryParam("minor", true).get("/api/v1/counselling/residents").then()
                .body("items.id", contains(minor)).body("items[0].minor", equalTo(true));
        // The most recently registered first (the names are sealed: the database does not sort by them).
        given().auth().oauth2(token).get("/api/v1/counselling/residents").then().body("items.id", contains(adult, minor))
                .body("totalItems", equalTo(2));
        String decided = LocalDate.now().minusDays(10).toString();
        String trigger = send(token, minor + "/triggers", "{\"kind\":\"UNE_REJECTION\",\"decidedOn\":\"" + decided + "\"}")
                .statusCode(201).extract().path("id");
        send(token, adult + "/triggers", "{\"kind\":\"UDI_REJECTION\",\"decidedOn\":\"" + decided + "\"}").statusCode(422)
                .body("rule", equalTo("mandatory-conversation-minors-only"));
        given().auth().oauth2(token).get("/api/v1/counselling/mandatory-conversations-owed").then().statusCode(200)
                .body("trigger.id", contains(trigger)).body("[0].trigger.kind", equalTo("UNE_REJECTION"))
                .body("[0].resident.id", equalTo(minor));

        send(token, minor + "/conversations", conversation(LocalDate.now().minusDays(5).toString(), "INFORMAL", trigger))
                .statusCode(422).body("rule", equalTo("mandatory-conversation-formal"));
        send(token, minor + "/conversations", conversation(LocalDate.now().minusDays(11).toString(), "FORMAL", trigger))
                .statusCode(422).body("rule", equalTo("mandatory-conversation-after-decision"));
        send(token, adult + "/conversations", conversation(LocalDate.now().toString(), "FORMAL", trigger))
                .statusCode(400).body("violations[0].field", equalTo("triggerId"));
        send(token, minor + "/conversations", conversation(LocalDate.now().minusDays(5).toString(), "INFORMAL", null))
                .statusCode(201);
        given().auth().oauth2(token).get("/api/v1/counselling/mandatory-conversations-owed").then()
                .body("trigger.id", contains(trigger));

        send(token, minor + "/conversations", conversation(LocalDate.now().minusDays(4).toString(), "FORMAL", trigger))
                .statusCode(201).body("triggerId", equalTo(trigger)).body("interpreterLanguage", equalTo("prs"));
        given().auth().oauth2(token).get("/api/v1/counselling/mandatory-conversations-owed").then()
                .body("trigger.id", not(hasItem(trigger)));
        send(token, minor + "/conversations", conversation(LocalDate.now().toString(), "FORMAL", trigger))
                .statusCode(409);
        given().auth().oauth2(token).get("/api/v1/counselling/residents/" + minor + "/conversations").then()
                .body("form", contains("INFORMAL", "FORMAL"));
    }

    @Test
    void aCounsellorWorksInItsOwnCentreOnly() {
        String mine = counsellor("mottak-" + UUID.randomUUID());
        String other = counsellor("mottak-" + UUID.randomUUID());
        String resident = resident(mine, "2011-02-02", "FEMALE");
        given().auth().oauth2(other).get("/api/v1/counselling/residents/" + resident).then().statusCode(404);
        send(other, resident + "/conversations", conversation(LocalDate.now().toString(), "INFORMAL", null)).statusCode(404);
        send(other, resident + "/triggers", "{\"kind\":\"UDI_REJECTION\",\"decidedOn\":\"2026-01-01\"}").statusCode(404);
        given().auth().oauth2(other).get("/api/v1/counselling/residents").then().body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.of(Roles.PARTNER, "ngo-a")).get("/api/v1/counselling/residents").then()
                .statusCode(403);
    }

    @Test
    void aFilterThatIsNotTrueOrFalseIsRefusedByName() {
        String mine = counsellor("mottak-" + UUID.randomUUID());
        resident(mine, "2011-02-02", "FEMALE");
        given().auth().oauth2(mine).get("/api/v1/counselling/residents?minor=maybe").then().statusCode(400)
                .body("violations[0].field", equalTo("minor"));
        given().auth().oauth2(mine).get("/api/v1/counselling/residents?minor=true").then().statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void badCounsellingInputIsRefusedNamingTheField() {
        String token = counsellor("mottak-" + UUID.randomUUID());
        String resident = resident(token, "2011-02-02", "MALE");
        send(token, resident + "/conversations", "{\"heldOn\":\"2026-01-05\",\"form\":\"FORMAL\",\"interpreterUsed\":true,"
                + "\"outcome\":\"CONSIDERING_RETURN\"}").statusCode(400)
                .body("violations[0].field", equalTo("interpreterLanguage"));
        send(token, resident + "/conversations", conversation("2999-01-01", "FORMAL", null)).statusCode(400)
                .body("violations[0].field", equalTo("heldOn"));
        send(token, resident + "/conversations", conversation("2005-01-01", "FORMAL", null)).statusCode(400)
                .body("violations[0].field", equalTo("heldOn"));
        given().auth().oauth2(token).contentType("application/json").body("{\"givenName\":\"Testo\",\"familyName\":"
                + "\"Fiktivsen\",\"dateOfBirth\":\"2999-01-01\",\"sex\":\"MALE\"}").post("/api/v1/counselling/residents")
                .then().statusCode(400).body("violations[0].field", equalTo("dateOfBirth"));
        given().auth().oauth2(token).get("/api/v1/counselling/figures").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
    }

    /**
     * docs/domain.md#yearly-figures, "Veien videre – 5 EM mottak 2015": 260 conversations, 80 minors (4 girls, 76 boys), 20 applied to
     * IOM, 8 travelled, 2 returned by force, 3 disappeared — recorded conversation by conversation in five
     * centres, with records around them that must not count (an adult, 2014 and 2016, a minor never talked to).
     */
    @Test
    void theFigures2015OfFiveCentresAreReproducedFromRecordedData() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int[] travelled = { 2, 2, 2, 1, 1 };
        int[] forced = { 1, 1, 0, 0, 0 };
        int[] disappeared = { 0, 0, 1, 1, 1 };
        List<String> centres = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            String centre = "em-mottak-" + (c + 1) + "-" + run;
            centres.add(centre);
            String token = counsellor(centre);
            List<String> minors = new ArrayList<>();
            for (int m = 0; m < 16; m++) {
                String id = resident(token, "2000-06-0" + (1 + m % 9), c < 4 && m == 0 ? "FEMALE" : "MALE");
                minors.add(id);
                int conversations = m < 4 ? 4 : 3;
                for (int k = 0; k < conversations; k++) {
                    send(token, id + "/conversations", conversation(LocalDate.of(2015, 1 + k * 3, 10 + m).toString(),
                            k == 0 ? "FORMAL" : "INFORMAL", null)).statusCode(201);
                }
            }
            for (int m = 0; m < 4; m++) {
                outcome(token, minors.get(m), "APPLIED_TO_IOM", "2015-05-01");
            }
            for (int m = 0; m < travelled[c]; m++) {
                outcome(token, minors.get(m), "TRAVELLED", "2015-09-01");
            }
            for (int m = 0; m < forced[c]; m++) {
                outcome(token, minors.get(10 + m), "RETURNED_BY_FORCE", "2015-10-01");
            }
            for (int m = 0; m < disappeared[c]; m++) {
                outcome(token, minors.get(12 + m), "DISAPPEARED", "2015-11-01");
            }
            String adult = resident(token, "1990-01-01", "MALE");
            send(token, adult + "/conversations", conversation("2015-03-03", "FORMAL", null)).statusCode(201);
            send(token, minors.get(5) + "/conversations", conversation("2016-01-05", "FORMAL", null)).statusCode(201);
            send(token, minors.get(6) + "/conversations", conversation("2014-12-30", "FORMAL", null)).statusCode(201);
            outcome(token, minors.get(7), "APPLIED_TO_IOM", "2016-02-01");
            String neverTalkedTo = resident(token, "2001-01-01", "FEMALE");
            outcome(token, neverTalkedTo, "DISAPPEARED", "2015-06-01");
        }

        // The counts behind the figures reproduce the 2015 figures (docs/domain.md#yearly-figures); they are never shown as they are.
        long[] total = new long[9];
        yearlyFigures.counts(2015, null).forEach((centre, f) -> {
            if (centres.contains(centre)) {
                for (int i = 0; i < total.length; i++) {
                    total[i] += f[i];
                }
            }
        });
        String[] keys = { "conversations", "minorsReached", "girls", "boys", "otherOrUnknownSex", "appliedToIom",
                "travelled", "returnedByForce", "disappeared" };
        assertEquals(List.of(260L, 80L, 4L, 76L, 0L, 20L, 8L, 2L, 3L),
                java.util.Arrays.stream(total).boxed().toList(), "the reception-centre slides' 2015 figures, in the order " + List.of(keys));

        // Shown: the one girl of a centre is "<5", and so are the few who applied, travelled or were returned;
        // the 16 minors reached would give her away beside the 15 boys, so they are suppressed too.
        String first = counsellor(centres.get(0));
        given().auth().oauth2(first).queryParam("year", 2015).get("/api/v1/counselling/figures").then().statusCode(200)
                .body("centres.centre", contains(centres.get(0)))
                .body("centres[0].conversations", equalTo("52")).body("centres[0].girls", equalTo("<5"))
                .body("centres[0].boys", equalTo("15")).body("centres[0].minorsReached", equalTo("suppressed"))
                .body("centres[0].otherOrUnknownSex", equalTo("0")).body("centres[0].appliedToIom", equalTo("<5"))
                .body("centres[0].travelled", equalTo("<5")).body("centres[0].returnedByForce", equalTo("<5"))
                .body("total.conversations", equalTo("52")).body("total.minorsReached", equalTo("suppressed"))
                .body("total.girls", equalTo("<5")).body("total.travelled", equalTo("<5"));
        // Across the five centres the four girls are four small cells: the total withholds them, not "4".
        List<Map<String, Object>> rows = given().auth().oauth2(TestTokens.of(Roles.UDI, "udi"))
                .queryParam("year", 2015).get("/api/v1/counselling/figures").then().statusCode(200)
                .body("total.girls", equalTo("suppressed"))
                .extract().jsonPath().getList("centres");
        assertEquals(5, rows.stream().filter(r -> centres.contains(r.get("centre"))).count());
        rows.stream().filter(r -> centres.get(4).equals(r.get("centre"))).forEach(r -> {
            assertEquals("0", r.get("girls"));
            assertEquals("16", r.get("minorsReached"), "a centre with only boys shows its 16 minors");
        });
        given().auth().oauth2(first).queryParam("year", 2015).queryParam("centre", centres.get(1))
                .get("/api/v1/counselling/figures").then().statusCode(404);
    }
}
