package dev.avrr.monitoring;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSharingChanged;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.Traveller;
import io.restassured.response.ValidatableResponse;

/**
 * What case-service would announce, put on the real broker with the platform's Events, and the tokens of the
 * people who monitor. Households are ages and relations only; nobody in them has a name.
 */
public final class Returns {

    public static final String IOM_OSLO = "iom-oslo";
    public static final String IOM_HELSINKI = "iom-helsinki";

    private final Events events;

    public Returns(Events events) {
        this.events = events;
    }

    /** A token of the IOM mission in a country of return. */
    public static String mission(String country) {
        return TestTokens.role(Roles.MISSION).org("iom-" + country.toLowerCase(Locale.ROOT)).country(country).sign();
    }

    public static String caseworker(String office) {
        return TestTokens.of(Roles.CASEWORKER, office);
    }

    public static String officeOf(String jurisdiction) {
        return "SE".equals(jurisdiction) ? IOM_HELSINKI : IOM_OSLO;
    }

    /** An adult applicant of 30 travelling alone. */
    public static List<Traveller> adult() {
        return List.of(new Traveller(UUID.randomUUID(), HouseholdRelation.APPLICANT, 30));
    }

    /**
     * case-service's announcement that the case was handed over to the mission of {@code country}, with the
     * person's consent to share for the return standing ({@code shareForReturn}) or withdrawn.
     */
    public void sharing(UUID caseId, int revision, String country, String jurisdiction, boolean handedOver,
            boolean shareForReturn) {
        send(caseId, CaseSharingChanged.TYPE, new CaseSharingChanged(caseId, revision, officeOf(jurisdiction), country,
                jurisdiction, handedOver, shareForReturn, false, false, false, OffsetDateTime.now()));
    }

    /** A case registered and handed over to the mission of its country of return; waits until monitoring knows it. */
    public UUID registered(String country, String jurisdiction, Programme programme) {
        UUID caseId = UUID.randomUUID();
        sharing(caseId, 1, country, jurisdiction, true, true);
        sendSealed(caseId, CaseRegistered.TYPE, new CaseRegistered(caseId, UUID.randomUUID(), officeOf(jurisdiction),
                country, OffsetDateTime.now(), jurisdiction), new CaseSpecifics(programme, null));
        awaitStatus(caseId, officeOf(jurisdiction), "AWAITING_RETURN");
        return caseId;
    }

    /** A return as case-service announces it; waits until monitoring has made the plan. */
    public UUID returned(Programme programme, String country, LocalDate arrival) {
        UUID caseId = UUID.randomUUID();
        returned(caseId, programme, country, arrival, adult());
        return caseId;
    }

    /** A return of a case handed over to the mission, as case-service announces it; waits for the plan. */
    public void returned(UUID caseId, Programme programme, String country, LocalDate arrival, List<Traveller> household) {
        String jurisdiction = programme == Programme.SWEDISH_AVRR ? "SE" : "NO";
        sharing(caseId, 1, country, jurisdiction, true, true);
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(),
                returnCompleted(caseId, programme, jurisdiction, country, arrival, household));
        awaitStatus(caseId, officeOf(jurisdiction), "ACTIVE");
    }

    /** The return as case-service puts it on its topic: the programme and the household sealed. */
    public String returnCompleted(UUID caseId, Programme programme, String jurisdiction, String country,
            LocalDate arrival, List<Traveller> household) {
        return events.toJson(events.createWithPersonal(ReturnCompleted.TYPE, caseId.toString(),
                new ReturnCompleted(caseId, UUID.randomUUID(), jurisdiction, officeOf(jurisdiction), country, arrival),
                new CaseSpecifics(programme, household)));
    }

    public void send(UUID caseId, String type, Object data) {
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(),
                events.toJson(events.create(type, caseId.toString(), data)));
    }

    /** An event whose programme (and household) travel sealed, as case-service sends it. */
    public void sendSealed(UUID caseId, String type, Object data, CaseSpecifics specifics) {
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(),
                events.toJson(events.createWithPersonal(type, caseId.toString(), data, specifics)));
    }

    public static void awaitStatus(UUID caseId, String office, String status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var r = given().auth().oauth2(caseworker(office)).get("/api/v1/monitoring/cases/" + caseId);
            return r.statusCode() == 200 && status.equals(r.jsonPath().getString("status"));
        });
    }

    public static ValidatableResponse read(String token, UUID caseId) {
        return given().auth().oauth2(token).get("/api/v1/monitoring/cases/" + caseId).then();
    }

    /** A contact that reached the returnee, as the mission would record it. */
    public static String reachedOn(LocalDate day) {
        return """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"ON_TRACK","grantUse":"AS_PLANNED"}"""
                .formatted(day);
    }

    public static ValidatableResponse contact(String token, UUID caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/monitoring/cases/" + caseId + "/contacts").then();
    }
}
