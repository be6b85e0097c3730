package dev.avrr.cases.search;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Finding a person (docs/data-protection.md#search): by part of a name, misspelled, without its diacritics; by
 * identifier exactly; by date of birth — only among the cases the caller may see, audited, the criteria in the body
 * and kept nowhere in clear. Each test's people carry a family name of their own, so that other tests' cases in the
 * same database do not answer.
 */
@QuarkusTest
class CaseSearchTest {

    private static final Random RANDOM = new Random();

    @Inject
    EntityManager em;

    /**
     * A fictional family name of its own: "Påhittad" between four random letters on each side, so that neither
     * its start nor its end is another test's.
     */
    private static String familyName() {
        return "Q" + letters(3) + "påhittad" + letters(4);
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String register(String familyName, LocalDate born, String duf, String householdGiven) {
        return CaseApi.register("""
                {"programme":"VULNERABLE_GROUPS","countryOfReturn":"ET",
                 "applicant":{"givenName":"Testa","familyName":"%s","dateOfBirth":"%s","nationality":"ET",
                   "identifiers":[{"type":"DUF_NUMBER","value":"%s"}]},
                 "household":[{"givenName":"%s","familyName":"%s","dateOfBirth":"2016-02-03","relation":"CHILD"}]}"""
                .formatted(familyName, born, duf, householdGiven, familyName));
    }

    private static ValidatableResponse search(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/cases/searches").then();
    }

    private static String duf() {
        return "2002" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    @Test
    void aNameIsFoundInPartMisspelledAndWithoutItsDiacritics() {
        String family = familyName();
        String id = register(family, LocalDate.of(1990, 1, 1), duf(), "Låtsas");
        String plain = family.replace("å", "a");
        for (String name : List.of(plain, family.toUpperCase(), plain.replace("hitt", "hit"), "Testa " + plain,
                plain.substring(0, 10))) {
            String answer = search(OSLO, "{\"name\":\"" + name + "\"}").statusCode(200).extract().asString();
            assertEquals(List.of(id), io.restassured.path.json.JsonPath.from(answer).getList("items.id"),
                    name + " → " + answer);
            assertEquals("CASEWORKER", io.restassured.path.json.JsonPath.from(answer).getString("items[0].view"));
        }
        // A member of the household is found too, and the criteria must all hold of one person.
        search(OSLO, "{\"name\":\"Latsas " + plain + "\",\"dateOfBirth\":\"2016-02-03\"}").statusCode(200)
                .body("items.id", contains(id));
        search(OSLO, "{\"name\":\"Latsas " + plain + "\",\"dateOfBirth\":\"1990-01-01\"}").statusCode(200)
                .body("totalItems", equalTo(0));
        search(OSLO, "{\"name\":\"" + plain + "\",\"birthYear\":1990,\"nationality\":\"ET\"}").statusCode(200)
                .body("items.id", contains(id));
        search(OSLO, "{\"name\":\"" + plain + "\",\"nationality\":\"NG\"}").statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void anIdentifierIsFoundExactlyWhateverItsSpacingAndHyphens() {
        String duf = duf();
        String id = register(familyName(), LocalDate.of(1985, 5, 5), duf, "Låtsas");
        search(OSLO, "{\"identifier\":{\"type\":\"DUF_NUMBER\",\"value\":\"%s-%s\"}}".formatted(duf.substring(0, 4),
                duf.substring(4))).statusCode(200).body("items.id", contains(id));
        String other = String.valueOf(Long.parseLong(duf) + 1);
        search(OSLO, "{\"identifier\":{\"type\":\"DUF_NUMBER\",\"value\":\"%s\"}}".formatted(other)).statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void nobodyElsewhereIsHintedAt() {
        String family = familyName();
        String duf = duf();
        register(family, LocalDate.of(1990, 1, 1), duf, "Låtsas");
        // IOM Helsinki's caseworker, and the mission before any handover: an empty page, as for nobody at all.
        for (String token : List.of(HELSINKI, CaseApi.mission("ET"), CaseApi.UDI)) {
            search(token, "{\"name\":\"" + family + "\"}").statusCode(200).body("totalItems", equalTo(0))
                    .body("items.size()", equalTo(0));
            search(token, "{\"identifier\":{\"type\":\"DUF_NUMBER\",\"value\":\"" + duf + "\"}}").statusCode(200)
                    .body("totalItems", equalTo(0));
        }
        search(CaseApi.PARTNER, "{\"name\":\"" + family + "\"}").statusCode(403);
    }

    @Test
    void theMissionFindsACaseOnceItIsHandedOver() {
        String family = familyName();
        String id = register(family, LocalDate.of(1990, 1, 1), duf(), "Låtsas");
        search(CaseApi.mission("ET"), "{\"name\":\"" + family + "\"}").statusCode(200).body("totalItems", equalTo(0));
        CaseApi.approved(id);
        CaseApi.handOver(OSLO, id).statusCode(200);
        search(CaseApi.mission("ET"), "{\"name\":\"" + family + "\"}").statusCode(200).body("items.id", contains(id))
                .body("items[0].view", equalTo("MISSION"));
    }

    @Test
    void everySearchIsAuditedAndNoTermIsKeptInClear() {
        String family = familyName();
        String duf = duf();
        String id = register(family, LocalDate.of(1990, 1, 1), duf, "Låtsas");
        long searches = count("SELECT count(*) FROM audit_entry WHERE resource_type = 'case-search'");
        long reads = count("SELECT count(*) FROM audit_entry WHERE resource_type = 'case' AND action = 'read' "
                + "AND resource_id = '" + id + "'");
        search(OSLO, "{\"name\":\"" + family + "\"}").statusCode(200).body("items.id", contains(id));
        search(HELSINKI, "{\"name\":\"" + family + "\"}").statusCode(200).body("totalItems", equalTo(0));
        assertEquals(searches + 2, count("SELECT count(*) FROM audit_entry WHERE resource_type = 'case-search'"),
                "both searches audited, the one that found nothing too");
        assertEquals(reads + 1, count("SELECT count(*) FROM audit_entry WHERE resource_type = 'case' "
                + "AND action = 'read' AND resource_id = '" + id + "'"), "the case found is audited as read");
        String stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT string_agg(term, ',') FROM person_term WHERE case_id = :id").setParameter("id", UUID
                        .fromString(id)).getSingleResult().toString());
        for (String clear : List.of(family.toLowerCase(), "pahittad", duf, "1990-01-01", "testa")) {
            assertFalse(stored.contains(clear), clear + " kept in clear");
        }
        assertFalse(stored.isEmpty());
    }

    @Test
    void aSecondRegistrationOfTheSamePersonIsFlaggedToTheCaseworkerWhoLinksOrDismissesIt() {
        String family = familyName();
        String duf = duf();
        String first = register(family, LocalDate.of(1990, 1, 1), duf, "Låtsas");
        CaseApi.read(OSLO, first).body("openPossibleDuplicates", org.hamcrest.Matchers.nullValue());
        // The same DUF number, another name and date of birth.
        String byIdentifier = register("Annan" + familyName(), LocalDate.of(1991, 2, 2), duf, "Låtsas");
        // The same whole name (without its diacritics, in capitals) and date of birth, another identifier.
        String byName = register(family.replace("å", "a").toUpperCase(), LocalDate.of(1990, 1, 1), duf(), "Låtsas");
        CaseApi.read(OSLO, byIdentifier).body("openPossibleDuplicates", equalTo(1));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + byIdentifier + "/possible-duplicates").then()
                .statusCode(200).body("otherCaseId", contains(first)).body("reason", contains("IDENTIFIER"))
                .body("status", contains("OPEN"));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + byName + "/possible-duplicates").then()
                .statusCode(200).body("otherCaseId", contains(first)).body("reason", contains("NAME_AND_BIRTH"));
        // Another office's caseworker learns nothing of it.
        given().auth().oauth2(HELSINKI).get("/api/v1/cases/" + byName + "/possible-duplicates").then()
                .statusCode(404);

        given().auth().oauth2(OSLO).post("/api/v1/cases/" + byIdentifier + "/possible-duplicates/" + first
                + "/dismissal").then().statusCode(200).body("status", equalTo("DISMISSED"))
                .body("decidedBy", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(OSLO).post("/api/v1/cases/" + byIdentifier + "/possible-duplicates/" + first
                + "/link").then().statusCode(409);
        CaseApi.read(OSLO, byIdentifier).body("openPossibleDuplicates", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(OSLO).post("/api/v1/cases/" + byName + "/possible-duplicates/" + first + "/link")
                .then().statusCode(200).body("status", equalTo("LINKED"));
        given().auth().oauth2(OSLO).post("/api/v1/cases/" + byName + "/possible-duplicates/" + UUID.randomUUID()
                + "/link").then().statusCode(404);
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + byName + "/history").then().statusCode(200)
                .body("step", org.hamcrest.Matchers.hasItem("DUPLICATE_REVIEWED"));
    }

    @Test
    void aCommonNameAndBirthDateFlagsAtMostTen() {
        String family = familyName();
        for (int i = 0; i < Duplicates.MOST + 2; i++) {
            register(family, LocalDate.of(1970, 7, 7), duf(), "Låtsas");
        }
        String last = register(family, LocalDate.of(1970, 7, 7), duf(), "Låtsas");
        CaseApi.read(OSLO, last).body("openPossibleDuplicates", equalTo(Duplicates.MOST));
        given().auth().oauth2(OSLO).get("/api/v1/cases/" + last + "/possible-duplicates").then().statusCode(200)
                .body("size()", equalTo(Duplicates.MOST));
    }

    @Test
    void badCriteriaAreRefusedNamingTheField() {
        search(OSLO, "{}").statusCode(400).body("violations[0].field", equalTo("name"));
        search(OSLO, "{\"name\":\"å-b\"}").statusCode(400).body("violations[0].field", equalTo("name"));
        search(OSLO, "{\"nationality\":\"Norway\"}").statusCode(400);
        search(OSLO, "{\"identifier\":{\"type\":\"PASSPORT\",\"value\":\"X\"}}").statusCode(400);
        search(OSLO, "{\"dateOfBirth\":\"2999-01-01\"}").statusCode(400);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
