package dev.avrr.cases;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralApplicationSigned;
import dev.avrr.vocabulary.events.ReferralPerson;
import dev.avrr.vocabulary.events.ReintegrationPlanApproved;
import dev.avrr.vocabulary.events.WorkItemOpened;
import io.quarkus.arc.Arc;
import io.restassured.response.ValidatableResponse;

/**
 * Drives cases through case-service's real HTTP API with real signed tokens, and through the real broker for
 * referral-service's events. Every helper asserts the step succeeded, so a test reads as the rule it shows.
 */
public final class CaseApi {

    public static final String OSLO = TestTokens.of(Roles.CASEWORKER, "iom-oslo");
    public static final String HELSINKI = TestTokens.of(Roles.CASEWORKER, "iom-helsinki");
    public static final String OTHER_OFFICE = TestTokens.of(Roles.CASEWORKER, "iom-bergen-test");
    public static final String UDI = TestTokens.of(Roles.UDI, "udi");
    public static final String DPO = TestTokens.role(Roles.DPO).org("iom-data-protection").subject("dpo-fictional-1")
            .sign();
    /** A second data-protection officer: the four eyes of a request. */
    public static final String DPO_2 = TestTokens.role(Roles.DPO).org("iom-data-protection")
            .subject("dpo-fictional-2").sign();
    public static final String ADMIN = TestTokens.of(Roles.ADMIN, "iom-admin");
    public static final String PARTNER = TestTokens.of(Roles.PARTNER, "ngo-test");
    public static final String COORDINATOR = TestTokens.of(Roles.COORDINATOR, "lansstyrelsen-stockholm");
    public static final String AUDITOR = TestTokens.of(Roles.AUDITOR, "iom-audit");

    private CaseApi() {
    }

    public static String mission(String country) {
        return TestTokens.role(Roles.MISSION).org("iom-mission-" + country.toLowerCase()).country(country).sign();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    // ---- registration ----

    /** A direct registration for IOM Oslo: a fictional applicant returning to Ethiopia. */
    public static String registration(String programme, LocalDate dateOfBirth, String household) {
        return """
                {"programme":"%s","countryOfReturn":"ET",
                 "applicant":{"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"%s","nationality":"ET",
                   "languages":["am"],"interpreterNeeded":true,"contact":{"phone":"+47 00 00 00 01"},
                   "identifiers":[{"type":"DUF_NUMBER","value":"200205705502"}]},
                 "household":%s}""".formatted(programme, dateOfBirth, household == null ? "[]" : household);
    }

    /** A direct registration for an applicant whose date of birth is unknown, only the year estimated. */
    public static String registrationEstimated(String programme, int estimatedBirthYear) {
        return """
                {"programme":"%s","countryOfReturn":"ET",
                 "applicant":{"givenName":"Testa","familyName":"Fiktivsen","estimatedBirthYear":%d,"nationality":"ET"}}"""
                .formatted(programme, estimatedBirthYear);
    }

    /**
     * A direct registration for IOM Oslo, and the person's consent to share for the return, which the caseworker
     * records from the signed application (the system never creates one).
     */
    public static String register(String body) {
        String id = given().auth().oauth2(OSLO).contentType("application/json").body(body).post("/api/v1/cases").then()
                .statusCode(201).extract().path("id");
        returnConsent(OSLO, id).statusCode(200);
        return id;
    }

    /** The caseworker records the person's consent to share for the return (the mission, carriers), given today. */
    public static ValidatableResponse returnConsent(String token, String id) {
        return post(token, id, "consents", """
                {"purpose":"SHARE_FOR_RETURN","givenOn":"%s","language":"am","interpreterUsed":true}"""
                .formatted(today()));
    }

    /** An adult under the vulnerable groups programme, no household. */
    public static String registerAdult() {
        return register(registration("VULNERABLE_GROUPS", LocalDate.of(1990, 1, 1), null));
    }

    /** A Swedish case, from the coordinator-approved referral that IOM Helsinki accepted. */
    public static String swedishCase(Events events, ReferralPerson person) {
        return swedishCase(events, UUID.randomUUID(), person);
    }

    public static String swedishCase(Events events, UUID referralId, ReferralPerson person) {
        EventEnvelope accepted = events.createWithPersonal(ReferralAccepted.TYPE, referralId.toString(),
                new ReferralAccepted(referralId, "SE", "NG", "socialtjansten-test", "iom-helsinki",
                        OffsetDateTime.now(ZoneOffset.UTC), "lansstyrelsen-stockholm"), person);
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted));
        return awaitCase(HELSINKI, referralId);
    }

    /** A Norwegian case from an accepted referral. */
    public static String norwegianReferral(Events events, UUID referralId, ReferralPerson person) {
        EventEnvelope accepted = events.createWithPersonal(ReferralAccepted.TYPE, referralId.toString(),
                new ReferralAccepted(referralId, "NO", "ET", "ngo-test", "iom-oslo", OffsetDateTime.now(ZoneOffset.UTC),
                        null), person);
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(accepted));
        return awaitCase(OSLO, referralId);
    }

    public static ReferralPerson person(LocalDate dateOfBirth, List<ReferralPerson.HouseholdMember> household,
            ReferralPerson.Vulnerability vulnerability) {
        return new ReferralPerson("Testa", "Påhittad", dateOfBirth, null, "F", "NG", List.of("en"), false,
                new ReferralPerson.Contact("+46 00 000 00 00", null, null), List.of(), household, vulnerability);
    }

    /** The case registered from the referral, once it is there, with the person's consent to share for the return. */
    public static String awaitCase(String token, UUID referralId) {
        String id = awaitCaseAsRegistered(token, referralId);
        returnConsent(token, id).statusCode(200);
        return id;
    }

    /** The case registered from the referral, once it is there, as the registration left it. */
    public static String awaitCaseAsRegistered(String token, UUID referralId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).queryParam("referralId", referralId.toString())
                        .get("/api/v1/cases").then().statusCode(200).extract().<Integer> path("totalItems") == 1);
        return given().auth().oauth2(token).queryParam("referralId", referralId.toString()).get("/api/v1/cases")
                .then().extract().path("items[0].id");
    }

    public static void signedOnTheSwedishRoute(Events events, String caseId, UUID referralId) {
        signedOnTheSwedishRoute(events, caseId, referralId, HELSINKI);
    }

    /** The application signed, as referral-service announces it; waits until the case notes it. */
    public static void signedOnTheSwedishRoute(Events events, String caseId, UUID referralId, String caseworker) {
        EventProbe.send("avrr.referral", referralId.toString(), events.toJson(events.create(
                ReferralApplicationSigned.TYPE, referralId.toString(),
                new ReferralApplicationSigned(referralId, today(), 1, OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> read(caseworker, caseId).extract().path("signedApplication.signedOn") != null);
    }

    // ---- HTTP ----

    public static ValidatableResponse read(String token, String id) {
        return given().auth().oauth2(token).get("/api/v1/cases/" + id).then();
    }

    public static String etag(String token, String id) {
        return read(token, id).statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse post(String token, String id, String command, String body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.post("/api/v1/cases/" + id + "/" + command).then();
    }

    /** A PUT with the If-Match of the case as the caseworker of IOM Oslo or Helsinki last read it. */
    public static ValidatableResponse put(String token, String id, String what, String body) {
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", etag(token, id))
                .body(body).put("/api/v1/cases/" + id + "/" + what).then();
    }

    // ---- steps, each asserted ----

    public static ValidatableResponse assess(String token, String id, String body) {
        return post(token, id, "eligibility-assessment", body);
    }

    /** Assessed with a documented medical need: eligible for the vulnerable groups programme. */
    public static void assessedEligible(String token, String id) {
        assessed(token, id, MEDICAL);
    }

    public static void signed(String token, String id) {
        post(token, id, "signed-application", "{\"signedOn\":\"%s\",\"attachments\":1}".formatted(today()))
                .statusCode(200);
    }

    public static void udiConsent(String token, String id) {
        post(token, id, "consents", """
                {"purpose":"SHARE_WITH_UDI","givenOn":"%s","language":"am","interpreterUsed":true}"""
                .formatted(today())).statusCode(200);
    }

    /** Findings that make a case eligible: a documented medical need; an identified victim of trafficking. */
    public static final String MEDICAL = """
            "medicalNeeds":{"extensiveFollowUpNeeded":true,"documentation":"Physician's statement (fictional)"}""";
    public static final String VICTIM = """
            "trafficking":{"identified":true,"identifiedBy":"KOM (fictional)"}""";
    public static final String UNACCOMPANIED = """
            "arrival":{"withoutParentOrLegalGuardian":true}""";

    public static void assessed(String token, String id, String findings) {
        assess(token, id, "{\"assessedOn\":\"%s\",%s}".formatted(today(), findings)).statusCode(200);
    }

    /** Eligible, signed, consent to UDI given, submitted. */
    public static void submitted(String id) {
        submittedWith(id, MEDICAL);
    }

    /** Assessed with these findings, signed, consent to UDI given, submitted. */
    public static void submittedWith(String id, String findings) {
        assessed(OSLO, id, findings);
        signed(OSLO, id);
        udiConsent(OSLO, id);
        post(OSLO, id, "udi-submission", null).statusCode(200);
    }

    public static ValidatableResponse udiDecision(String id, String outcome, String reason) {
        return post(UDI, id, "udi-decision", """
                {"outcome":"%s","decidedOn":"%s",%s"legalBasis":"Utlendingsforskriften (fictional basis)"}"""
                .formatted(outcome, today(), reason == null ? "" : "\"reason\":\"" + reason + "\","));
    }

    public static void approved(String id) {
        approvedWith(id, MEDICAL);
    }

    public static void approvedWith(String id, String findings) {
        submittedWith(id, findings);
        udiDecision(id, "APPROVED", null).statusCode(200);
    }

    public static void needsInventory(String token, String id) {
        put(token, id, "needs-inventory", """
                {"needs":[{"category":"HOUSING","description":"A room for the first months"}],
                 "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission (fictional)","assessedOn":"%s"}"""
                .formatted(today())).statusCode(200);
    }

    /** A plan drafted in grant-service: its reference recorded, and grant-service's announcement of its approval received. */
    public static void plan(String token, String id) {
        UUID planId = planDrafted(token, id);
        planApproved(token, id, planId);
    }

    /** The reference of a plan drafted in grant-service recorded on the case; no approval announced. */
    public static UUID planDrafted(String token, String id) {
        UUID planId = UUID.randomUUID();
        put(token, id, "reintegration-plan", "{\"planId\":\"%s\",\"draftedOn\":\"%s\"}".formatted(planId,
                today())).statusCode(200);
        return planId;
    }

    /**
     * grant-service's announcement that it approved {@code planId} for the case, sent on its topic; waits until the
     * case's history (read with {@code token}) notes the approval — so the case must refer to that plan, or to none.
     */
    public static void planApproved(String token, String caseId, UUID planId) {
        Events events = Arc.container().instance(Events.class).get();
        EventProbe.send("avrr.grant", caseId, events.toJson(events.create(ReintegrationPlanApproved.TYPE, caseId,
                new ReintegrationPlanApproved(UUID.fromString(caseId), planId, UUID.randomUUID(),
                        OffsetDateTime.now(ZoneOffset.UTC)))));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth()
                .oauth2(token).get("/api/v1/cases/" + caseId + "/history").then().statusCode(200).extract()
                .<List<String>> path("step").contains("PLAN_APPROVED"));
    }

    public static void arrangements(String token, String id, boolean escort) {
        put(token, id, "travel-arrangements", """
                {"travelDocument":{"status":"HELD","type":"PASSPORT"},"escort":{"arranged":%s},
                 "transitAssistance":true,"arrivalAssistance":true}""".formatted(escort)).statusCode(200);
    }

    public static ValidatableResponse risk(String token, String id, String level) {
        return post(token, id, "risk-assessments", """
                {"level":"%s","risks":["A risk on the way home (fictional)"],
                 "mitigations":["Met by the mission at the airport"],"assessedOn":"%s"}""".formatted(level, today()));
    }

    /** Needs inventoried, a plan drafted, a passport held. */
    public static void prepared(String token, String id) {
        needsInventory(token, id);
        plan(token, id);
        arrangements(token, id, false);
    }

    public static LocalDate departureDate() {
        return today().plusDays(30);
    }

    public static ValidatableResponse book(String token, String id) {
        return post(token, id, "travel-booking", """
                {"departureDate":"%s","from":"OSL","to":"ADD","transitPoints":["IST"]}""".formatted(departureDate()));
    }

    public static ValidatableResponse depart(String token, String id) {
        return post(token, id, "departure", "{\"departedOn\":\"%s\"}".formatted(today()));
    }

    public static ValidatableResponse arrive(String token, String id) {
        return post(token, id, "arrival", "{\"arrivedOn\":\"%s\"}".formatted(today()));
    }

    /** The sending office hands the case over to the mission of the country of return. */
    public static ValidatableResponse handOver(String token, String id) {
        return post(token, id, "mission-handover", null);
    }

    /** A Norwegian adult, approved by UDI, handed over to the mission, prepared, booked and departed. */
    public static String departedAdult() {
        String id = registerAdult();
        approved(id);
        handOver(OSLO, id).statusCode(200);
        prepared(OSLO, id);
        book(OSLO, id).statusCode(200);
        depart(OSLO, id).statusCode(200);
        return id;
    }

    /** Asserts an answer written as a table cell: {@code 200}, or {@code 409 guard-name} for a refusing guard. */
    public static void answers(ValidatableResponse response, String expected) {
        if (expected.startsWith("409 ")) {
            response.statusCode(409).body("guard", org.hamcrest.Matchers.equalTo(expected.substring(4)));
        } else {
            response.statusCode(Integer.parseInt(expected.trim()));
        }
    }

    // ---- events ----

    /**
     * The types of every event of a case, in order, once {@code count} have arrived (one case's events share a
     * partition, so they arrive in the order they were written).
     */
    public static List<String> eventTypes(Events events, String caseId, int count) {
        List<ConsumerRecord<String, String>> all = EventProbe.await("avrr.case", r -> caseId.equals(r.key()), count,
                Duration.ofSeconds(20));
        return all.stream().map(r -> events.parse(r.value()).type()).toList();
    }

    /**
     * The types of a case's events but the announcements of who may see it ({@code sharing-changed}), once
     * {@code count} have arrived: the case's steps as its other consumers see them.
     */
    public static List<String> stepEventTypes(Events events, String caseId, int count) {
        Set<String> notSteps = Set.of(CaseSharingChanged.TYPE, WorkItemOpened.CASE, PersonRectified.TYPE);
        List<ConsumerRecord<String, String>> all = EventProbe.await("avrr.case", r -> caseId.equals(r.key())
                && !notSteps.contains(events.parse(r.value()).type()), count, Duration.ofSeconds(20));
        return all.stream().map(r -> events.parse(r.value()).type()).toList();
    }

    public static List<ConsumerRecord<String, String>> caseEvents(String caseId, String type, int atLeast) {
        return EventProbe.await("avrr.case", r -> caseId.equals(r.key()) && r.value().contains("\"" + type + "\""),
                atLeast, Duration.ofSeconds(20));
    }
}
