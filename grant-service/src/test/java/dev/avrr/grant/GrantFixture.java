package dev.avrr.grant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Test data the way it arrives in production: case-service's events on the real broker, then grant-service's
 * own API with real tokens. Cases are IOM Oslo's, returning to Ethiopia, unless a test says otherwise.
 */
@ApplicationScoped
public class GrantFixture {

    public static final String OFFICE = "iom-oslo";
    public static final String COUNTRY = "ET";
    public static final String MISSION = mission(COUNTRY);
    public static final String CASEWORKER = caseworker(OFFICE);
    public static final String FINANCE = finance();

    @Inject
    Events events;

    public static String mission(String country) {
        return TestTokens.role(Roles.MISSION).org("iom-mission-" + country.toLowerCase()).country(country).sign();
    }

    public static String caseworker(String office) {
        return TestTokens.of(Roles.CASEWORKER, office);
    }

    /** A finance officer: a new person (token subject) each call. */
    public static String finance() {
        return TestTokens.of(Roles.FINANCE, "iom-finance");
    }

    public static Traveller applicant(int age) {
        return new Traveller(UUID.randomUUID(), HouseholdRelation.APPLICANT, age);
    }

    public static Traveller child(int age) {
        return new Traveller(UUID.randomUUID(), HouseholdRelation.CHILD, age);
    }

    public static Traveller spouse(int age) {
        return new Traveller(UUID.randomUUID(), HouseholdRelation.SPOUSE, age);
    }

    public static String money(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"NOK\"}";
    }

    /** The approval event of a new case of IOM Oslo returning to Ethiopia, approved now. */
    public String approval(UUID caseId, Programme programme, Boolean beforeDeadline, Traveller... household) {
        return approval(caseId, programme, OFFICE, COUNTRY, beforeDeadline, OffsetDateTime.now(ZoneOffset.UTC),
                household);
    }

    public String approval(UUID caseId, Programme programme, String office, String country, Boolean beforeDeadline,
            OffsetDateTime approvedAt, Traveller... household) {
        String jurisdiction = programme == Programme.SWEDISH_AVRR ? "SE" : "NO";
        String basis = programme == Programme.SWEDISH_AVRR ? "COORDINATOR" : "UDI";
        return events.toJson(events.createWithPersonal(CaseApproved.TYPE, caseId.toString(), new CaseApproved(caseId,
                UUID.randomUUID(), jurisdiction, office, country, basis, approvedAt, beforeDeadline),
                new CaseSpecifics(programme, List.of(household))));
    }

    public static void send(UUID caseId, String json) {
        EventProbe.send("avrr.case", caseId.toString(), json);
    }

    /**
     * case-service's announcement of who may see the case: IOM Oslo's, Norwegian, returning to {@code country},
     * handed over to the mission or not, with the person's consent to share for the return standing or not.
     */
    public String sharing(UUID caseId, int revision, String country, boolean handedOver, boolean shareForReturn) {
        return events.toJson(events.create(CaseSharingChanged.TYPE, caseId.toString(), new CaseSharingChanged(caseId,
                revision, OFFICE, country, "NO", handedOver, shareForReturn, false, false, false,
                OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** How far a case's people have come: approved only, departed, or arrived in the country of return. */
    public enum Stage {
        APPROVED, DEPARTED, ARRIVED
    }

    /**
     * Approves a new case, handed over to the mission of Ethiopia with the person's consent, whose people have
     * arrived (so that every category is payable), and waits until grant-service has allocated {@code expected}
     * entitlements.
     */
    public UUID approve(Programme programme, Boolean beforeDeadline, int expected, Traveller... household) {
        return approve(Stage.ARRIVED, programme, beforeDeadline, expected, household);
    }

    /**
     * As {@link #approve(Programme, Boolean, int, Traveller...)}, the people come as far as {@code stage}. The
     * departure and the arrival are sent before the approval: one case's events are read in order, so once the
     * entitlements are there, grant-service knows them too (it keeps a case's events in whatever order they come).
     */
    public UUID approve(Stage stage, Programme programme, Boolean beforeDeadline, int expected,
            Traveller... household) {
        UUID caseId = UUID.randomUUID();
        send(caseId, sharing(caseId, 1, COUNTRY, true, true));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (stage != Stage.APPROVED) {
            send(caseId, departure(caseId, today));
        }
        if (stage == Stage.ARRIVED) {
            send(caseId, arrival(caseId, programme, today, household));
        }
        send(caseId, approval(caseId, programme, beforeDeadline, household));
        entitlements(caseId, expected);
        return caseId;
    }

    /** case-service's announcement that the case's people departed on {@code on}. */
    public String departure(UUID caseId, LocalDate on) {
        return events.toJson(events.create(CaseProgressed.DEPARTED, caseId.toString(), new CaseProgressed(caseId,
                null, OFFICE, COUNTRY, "DEPARTED", on, OffsetDateTime.now(ZoneOffset.UTC))));
    }

    /** case-service's announcement that the case's people arrived on {@code on}. */
    public String arrival(UUID caseId, Programme programme, LocalDate on, Traveller... household) {
        return events.toJson(events.createWithPersonal(ReturnCompleted.TYPE, caseId.toString(),
                new ReturnCompleted(caseId, null, programme == Programme.SWEDISH_AVRR ? "SE" : "NO", OFFICE, COUNTRY,
                        on), new CaseSpecifics(programme, List.of(household))));
    }

    /** A new case with one beneficiary (the applicant); the entitlement's id. */
    public String single(Programme programme, int age) {
        Traveller a = applicant(age);
        UUID caseId = approve(programme, true, 1, a);
        return entitlementOf(caseId, a.memberId());
    }

    /** Waits until the case has {@code expected} entitlements, and returns them (read by finance). */
    public static List<Map<String, Object>> entitlements(UUID caseId, int expected) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var r = given().auth().oauth2(FINANCE).get("/api/v1/cases/" + caseId + "/entitlements");
            return r.statusCode() == 200 && r.jsonPath().getList("$").size() >= expected;
        });
        return given().auth().oauth2(FINANCE).get("/api/v1/cases/" + caseId + "/entitlements").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    public static String entitlementOf(UUID caseId, UUID beneficiaryId) {
        return entitlements(caseId, 1).stream().filter(e -> beneficiaryId.toString().equals(e.get("beneficiaryId")))
                .map(e -> e.get("id").toString()).findFirst()
                .orElseThrow(() -> new AssertionError("no entitlement for the beneficiary"));
    }

    public static JsonPath read(String entitlementId) {
        return given().auth().oauth2(FINANCE).get("/api/v1/entitlements/" + entitlementId).then().statusCode(200)
                .extract().jsonPath();
    }

    /** A category's figure (available, reserved, disbursed, allocated, convertedIn, convertedOut). */
    public static BigDecimal figure(String entitlementId, String category, String figure) {
        return new BigDecimal(read(entitlementId).getString(
                "categories.find { it.code == '" + category + "' }." + figure + ".amount"));
    }

    public static BigDecimal available(String entitlementId, String category) {
        return figure(entitlementId, category, "available");
    }

    public static String planBody(String category, String activity, String amount, String description) {
        return """
                {"lines":[{"category":"%s","activity":"%s",%s"provider":{"name":"Fiktiv Leverandør AS","reference":"ACC-1"},
                 "amount":%s}]}""".formatted(category, activity,
                description == null ? "" : "\"description\":\"" + description + "\",", money(amount));
    }

    /** A plan of one line, drafted by the mission and approved by the caseworker; the line's id. */
    public static String approvedLine(String entitlementId, String category, String activity, String amount) {
        String planId = given().auth().oauth2(MISSION).contentType("application/json")
                .body(planBody(category, activity, amount, "Needed to start again"))
                .post("/api/v1/entitlements/" + entitlementId + "/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MISSION).post("/api/v1/plans/" + planId + "/submission").then().statusCode(200);
        return given().auth().oauth2(CASEWORKER).post("/api/v1/plans/" + planId + "/approval").then().statusCode(200)
                .extract().path("lines[0].id");
    }

    public static String disbursementBody(String category, String planLineId, String payeeType, String amount) {
        return """
                {"category":"%s",%s"payee":{"type":"%s","name":"%s"},"amount":%s}""".formatted(category,
                planLineId == null ? "" : "\"planLineId\":\"" + planLineId + "\",", payeeType,
                payeeType.equals("VENDOR") ? "Fiktiv Skole AS" : "Testa Fiktivsen", money(amount));
    }

    public static ValidatableResponse request(String token, String entitlementId, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/entitlements/" + entitlementId + "/disbursements").then();
    }

    public static String paymentBody(String local, String rate, String nok) {
        return """
                {"paidOn":"%s","localAmount":{"amount":"%s","currency":"ETB"},"exchangeRate":"%s",
                 "nokEquivalent":%s,"reference":"BANK-1"}""".formatted(java.time.LocalDate.now(ZoneOffset.UTC), local,
                rate, money(nok));
    }
}
