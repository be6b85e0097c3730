package dev.avrr.referral.intake;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.create;
import static dev.avrr.referral.Fixtures.created;
import static dev.avrr.referral.Fixtures.get;
import static dev.avrr.referral.Fixtures.norway;
import static dev.avrr.referral.Fixtures.partner;
import static dev.avrr.referral.Fixtures.post;
import static dev.avrr.referral.Fixtures.sweden;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralPerson;
import dev.avrr.vocabulary.events.VulnerabilityCategory;
import io.quarkus.test.junit.QuarkusTest;

/** The referred person in full: each field's rule, need-to-know reading, protection at rest, the sealed handoff. */
@QuarkusTest
class PersonIntakeTest {

    private static final String PARTNER = partner("ngo-person-" + UUID.randomUUID());

    @Inject
    DataSource dataSource;

    @Inject
    Events events;

    static final String FULL_PERSON = """
            {"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"1988-03-04","sex":"FEMALE",
             "nationality":"ERI","countryOfReturn":"ER","languages":["ti","ar"],"interpreterNeeded":true,
             "contact":{"phone":"+47 900 00 001","email":"testa.fiktivsen@example.org","address":"Testveien 1, Oslo"},
             "identifiers":[{"type":"FODSELSNUMMER","value":"31129956715"},{"type":"DUF_NUMBER","value":"200205705502"}],
             "household":[{"givenName":"Lille","familyName":"Fiktivsen","dateOfBirth":"2015-07-01","relation":"CHILD",
              "sex":"MALE"}]}""";

    static final String VULNERABILITY = """
            {"categories":["VICTIM_OF_TRAFFICKING_ADULT","MEDICAL_NEEDS"],"traffickingIdentifiedBy":"KOM",
             "referralReason":"Wants to go home to family","notes":"Afraid of a named recruiter"}""";

    private static String withVulnerability(String body) {
        return body.substring(0, body.length() - 1) + ",\"vulnerability\":" + VULNERABILITY + "}";
    }

    private static String person(String replace, String with) {
        return PersonIntakeTest.FULL_PERSON.replace(replace, with);
    }

    @Test
    void theWholePersonIsKeptAndTheReferrerReadsItsDraftInFull() {
        String id = created(PARTNER, withVulnerability(norway(FULL_PERSON, NORWAY_CONSENTS, false)));
        get(PARTNER, id).statusCode(200)
                .body("person.sex", equalTo("FEMALE"))
                .body("person.nationality", equalTo("ER"))
                .body("person.languages", contains("ti", "ar"))
                .body("person.interpreterNeeded", equalTo(true))
                .body("person.contact.email", equalTo("testa.fiktivsen@example.org"))
                .body("person.identifiers.type", contains("FODSELSNUMMER", "DUF_NUMBER"))
                .body("person.household[0].relation", equalTo("CHILD"))
                .body("person.household[0].dateOfBirth", equalTo("2015-07-01"))
                .body("vulnerability.categories", contains("VICTIM_OF_TRAFFICKING_ADULT", "MEDICAL_NEEDS"))
                .body("vulnerability.traffickingIdentifiedBy", equalTo("KOM"))
                .body("vulnerability.notes", equalTo("Afraid of a named recruiter"));
    }

    @Test
    void identifiersContactHouseholdAndVulnerabilityAreEncryptedAtRest() throws Exception {
        String id = created(PARTNER, withVulnerability(norway(FULL_PERSON, NORWAY_CONSENTS, false)));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT person_details, vulnerability FROM referral WHERE id = '" + id + "'")) {
            assertTrue(rs.next());
            String details = rs.getString(1);
            String vulnerability = rs.getString(2);
            assertTrue(details.startsWith("v2:S:" + id + ":"), "names the key that protects it: the referral's");
            assertTrue(vulnerability.startsWith("v2:S:" + id + ":"), "names the key that protects it: the referral's");
            for (String clear : List.of("31129956715", "200205705502", "testa.fiktivsen", "Testveien", "Lille")) {
                assertFalse(details.contains(clear), "in clear at rest: " + clear);
            }
            assertFalse(vulnerability.contains("TRAFFICKING") || vulnerability.contains("recruiter"));
        }
    }

    @Test
    void afterSubmissionTheReferrerSeesStatusOnlyAndTheReceivingCaseworkerEverythingIncludingTheNotes() {
        String id = created(PARTNER, withVulnerability(norway(FULL_PERSON, NORWAY_CONSENTS, true)));
        get(PARTNER, id).statusCode(200).body("status", equalTo("SUBMITTED")).body("person", nullValue())
                .body("vulnerability", nullValue());
        get(IOM_OSLO, id).statusCode(200).body("person.identifiers[0].value", equalTo("31129956715"))
                .body("vulnerability.notes", equalTo("Afraid of a named recruiter"));
    }

    @Test
    void onTheSwedishRouteTheCoordinatorReadsTheNotesButNeverANorwegianReferral() {
        String se = created(PARTNER, withVulnerability(sweden(FULL_PERSON, SWEDEN_CONSENTS, true)));
        get(COORDINATOR, se).statusCode(200).body("vulnerability.notes", equalTo("Afraid of a named recruiter"));
        String no = created(PARTNER, withVulnerability(norway(FULL_PERSON, NORWAY_CONSENTS, true)));
        get(COORDINATOR, no).statusCode(404);
    }

    @Test
    void aMissionACounsellorAndUdiReadNoReferral() {
        String id = created(PARTNER, withVulnerability(norway(FULL_PERSON, NORWAY_CONSENTS, true)));
        get(TestTokens.role(Roles.MISSION).org("iom-eritrea").country("ER").sign(), id).statusCode(403);
        get(TestTokens.of(Roles.COUNSELLOR, "mottak-test"), id).statusCode(403);
        get(TestTokens.of(Roles.UDI, "udi"), id).statusCode(403);
    }

    @Test
    void acceptanceHandsIomThePersonSealedWithNothingInClear() throws Exception {
        String id = created(PARTNER, withVulnerability(norway(FULL_PERSON, NORWAY_CONSENTS, true)));
        post(IOM_OSLO, id + "/acceptance").statusCode(200);
        List<ConsumerRecord<String, String>> records = EventProbe.await("avrr.referral",
                r -> id.equals(r.key()) && r.value().contains(ReferralAccepted.TYPE), 1, Duration.ofSeconds(20));
        assertEquals(1, records.size());
        String value = records.get(0).value();
        for (String clear : List.of("Testa", "31129956715", "example.org", "KOM", "recruiter", "TRAFFICKING", "Lille")) {
            assertFalse(value.contains(clear), "in clear on the topic: " + clear);
        }
        ReferralPerson p = events.personal(events.parse(value), ReferralPerson.class).orElseThrow();
        assertEquals("FEMALE", p.sex());
        assertEquals(List.of("ti", "ar"), p.languages());
        assertEquals("31129956715", p.identifiers().get(0).value());
        assertEquals("FODSELSNUMMER", p.identifiers().get(0).type());
        assertEquals(HouseholdRelation.CHILD, p.household().get(0).relation());
        assertEquals(LocalDate.of(2015, 7, 1), p.household().get(0).dateOfBirth());
        assertEquals(List.of(VulnerabilityCategory.VICTIM_OF_TRAFFICKING_ADULT, VulnerabilityCategory.MEDICAL_NEEDS),
                p.vulnerability().categories());
        assertEquals("KOM", p.vulnerability().traffickingIdentifiedBy());
        assertNotNull(p.contact());
    }

    @ParameterizedTest(name = "{0} {1} is refused naming the rule")
    @CsvSource({
            "FODSELSNUMMER,     31129956716, check digits",
            "FODSELSNUMMER,     71129956709, D-number",
            "D_NUMBER,          31129956715, 4 added",
            "D_NUMBER,          7112995670,  11 digits",
            "PERSONNUMMER,      640823-3235, check digit",
            "PERSONNUMMER,      701063-2391, samordningsnummer",
            "SAMORDNINGSNUMMER, 701063-2392, check digit",
            "DUF_NUMBER,        20020570550, 12 digits",
    })
    void anInvalidIdentifierIsA400NamingTheFieldAndTheRuleAndCreatesNothing(String type, String value, String rule) {
        String owner = partner("ngo-ident-" + UUID.randomUUID());
        String body = norway(person("{\"type\":\"FODSELSNUMMER\",\"value\":\"31129956715\"},", "")
                .replace("{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}",
                        "{\"type\":\"" + type + "\",\"value\":\"" + value + "\"}"), NORWAY_CONSENTS, true);
        create(owner, body).statusCode(400)
                .body("violations[0].field", equalTo("person.identifiers[0].value"))
                .body("violations[0].message", containsString(rule))
                .body("violations[0].message", org.hamcrest.Matchers.not(containsString(value)));
        io.restassured.RestAssured.given().auth().oauth2(owner).get("/api/v1/referrals").then()
                .body("totalItems", equalTo(0));
    }

    @ParameterizedTest(name = "a valid {0} is accepted")
    @CsvSource({ "D_NUMBER, 71129956709", "PERSONNUMMER, 640823-3234", "PERSONNUMMER, 196408233234",
            "SAMORDNINGSNUMMER, 701063-2391" })
    void validIdentifiersOfEveryKindAreAccepted(String type, String value) {
        create(PARTNER, norway(person("{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}",
                "{\"type\":\"" + type + "\",\"value\":\"" + value + "\"}"), NORWAY_CONSENTS, true))
                .statusCode(201).body("warnings", nullValue());
    }

    @Test
    void aDufNumberWhoseCheckDigitsDoNotMatchIsAWarningNotARefusal() {
        create(PARTNER, norway(person("200205705502", "200205705503"), NORWAY_CONSENTS, false)).statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].field", equalTo("person.identifiers[1].value"))
                .body("warnings[0].message", containsString("DUF"))
                .body("person.identifiers[1].value", equalTo("200205705503"));
    }

    @Test
    void aDateAfterTodayIsA422NamingTheRuleAndTheFieldAndKeepsNothing() throws Exception {
        long before = referrals();
        LocalDate tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1);
        create(PARTNER, norway(person("1988-03-04", tomorrow.toString()), NORWAY_CONSENTS, true)).statusCode(422)
                .body("rule", equalTo("date-in-future")).body("violations.field", contains("person.dateOfBirth"));
        create(PARTNER, norway(person("2015-07-01", tomorrow.toString()), NORWAY_CONSENTS, true)).statusCode(422)
                .body("rule", equalTo("date-in-future"))
                .body("violations.field", contains("person.household[0].dateOfBirth"));
        create(PARTNER, norway(person("\"dateOfBirth\":\"1988-03-04\",",
                "\"estimatedBirthYear\":" + (tomorrow.getYear() + 1) + ","), NORWAY_CONSENTS, true)).statusCode(422)
                .body("rule", equalTo("date-in-future"))
                .body("violations.field", contains("person.estimatedBirthYear"));
        assertEquals(before, referrals());
    }

    private long referrals() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM referral")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void badPersonDataIsA400NamingEachField() {
        create(PARTNER, norway(person("1988-03-04", "2999-01-01"), NORWAY_CONSENTS, true)).statusCode(400)
                .body("violations.field", hasItem("person.dateOfBirth"));
        create(PARTNER, norway(person("\"dateOfBirth\":\"1988-03-04\",", ""), NORWAY_CONSENTS, true)).statusCode(400)
                .body("violations.field", hasItem("person.dateOfBirth"));
        create(PARTNER, norway(person("\"dateOfBirth\":\"1988-03-04\",", "\"estimatedBirthYear\":2999,"),
                NORWAY_CONSENTS, true)).statusCode(400).body("violations.field", hasItem("person.estimatedBirthYear"));
        create(PARTNER, norway(person("\"ERI\"", "\"XXX\""), NORWAY_CONSENTS, true)).statusCode(400)
                .body("violations.field", hasItem("person.nationality"));
        create(PARTNER, norway(person("[\"ti\",\"ar\"]", "[\"ti\",\"qq\"]"), NORWAY_CONSENTS, true)).statusCode(400)
                .body("violations.field", hasItem("person.languages[1]"));
        create(PARTNER, norway(person("testa.fiktivsen@example.org", "not-an-email"), NORWAY_CONSENTS, true))
                .statusCode(400).body("violations.field", hasItem("person.contact.email"));
        create(PARTNER, norway(person("\"relation\":\"CHILD\"", "\"relation\":\"APPLICANT\""), NORWAY_CONSENTS, true))
                .statusCode(400).body("violations.field", hasItem("person.household[0].relation"));
        create(PARTNER, norway(person("{\"type\":\"FODSELSNUMMER\",\"value\":\"31129956715\"}",
                "{\"type\":\"DUF_NUMBER\",\"value\":\"200205705502\"}"), NORWAY_CONSENTS, true)).statusCode(400)
                .body("violations.field", hasItem("person.identifiers[1].type"));
    }

    @ParameterizedTest(name = "a child born {0} to a person born 1988-03-04: {1}")
    @CsvSource({ "2000-03-03, 400", "2000-03-04, 201", "1987-01-01, 400", "2020-01-01, 201" })
    void aHouseholdChildMustBePlausiblyThePersonsChild(String childBorn, int status) {
        create(PARTNER, norway(person("2015-07-01", childBorn), NORWAY_CONSENTS, false)).statusCode(status);
    }

    @Test
    void theVulnerabilityIsConsistent() {
        String other = "{\"categories\":[\"OTHER\"]}";
        create(PARTNER, norway(FULL_PERSON, NORWAY_CONSENTS, false).replace("\"submit\":false",
                "\"submit\":false,\"vulnerability\":" + other)).statusCode(400)
                .body("violations.field", hasItem("vulnerability.otherSubtype"));
        create(PARTNER, norway(FULL_PERSON, NORWAY_CONSENTS, false).replace("\"submit\":false",
                "\"submit\":false,\"vulnerability\":{\"categories\":[\"OTHER\"],\"otherSubtype\":\"FORCED_MARRIAGE\"}"))
                .statusCode(201).body("vulnerability.otherSubtype", equalTo("FORCED_MARRIAGE"));
        create(PARTNER, norway(FULL_PERSON, NORWAY_CONSENTS, false).replace("\"submit\":false",
                "\"submit\":false,\"vulnerability\":{\"categories\":[\"VICTIM_OF_TRAFFICKING_CHILD\"]}"))
                .statusCode(400).body("violations.field", hasItem("vulnerability.traffickingIdentifiedBy"));
        create(PARTNER, norway(FULL_PERSON, NORWAY_CONSENTS, false).replace("\"submit\":false",
                "\"submit\":false,\"vulnerability\":{\"categories\":[\"MEDICAL_NEEDS\"],\"otherSubtype\":\"VIOLENCE\"}"))
                .statusCode(400).body("violations.field", hasItem("vulnerability.otherSubtype"));
        create(PARTNER, norway(FULL_PERSON, NORWAY_CONSENTS, false).replace("\"submit\":false",
                "\"submit\":false,\"vulnerability\":{\"categories\":[\"UNKNOWN_KIND\"]}")).statusCode(400);
    }

    @Test
    void anEstimatedBirthYearStandsForAnUnknownDate() {
        create(PARTNER, norway(person("\"dateOfBirth\":\"1988-03-04\",", "\"estimatedBirthYear\":1988,"),
                NORWAY_CONSENTS, false)).statusCode(201).body("person.estimatedBirthYear", equalTo(1988))
                .body("person.dateOfBirth", nullValue());
    }
}
