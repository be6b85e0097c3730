package dev.avrr.e2e;

import static dev.avrr.e2e.Checks.category;
import static dev.avrr.e2e.Checks.downloads;
import static dev.avrr.e2e.Checks.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.testing.HttpsReceiver;

/**
 * Sweden, a victim of trafficking returning with her child (docs/domain.md#the-swedish-route, #the-victims-of-trafficking-package), walked through the four services'
 * HTTP APIs only, with real signed tokens, the services meeting through the real broker: Nytt ärende and Hänvisning
 * by social services, Meddelande by Länsstyrelsen Stockholm, Stöd by IOM Helsinki, Välgrundat beslut,
 * Behovsinventering, Återintegrationsplan, Riskhantering, Förberedelser inför och under hemresan, the return, the
 * victims-of-trafficking package for both beneficiaries, a conversion, a vendor payment with four eyes, Uppföljning for the first
 * three months, and Återkoppling: the referrer and the coordinator see the sanitised timeline and nothing more.
 */
@ExtendWith({ Stack.class, JourneySteps.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SwedenTraffickingJourneyIT {

    private static final String PARTNER_ORG = "socialtjansten-malmo";
    private static final String COORDINATOR_ORG = "lansstyrelsen-stockholm";
    private static final String IOM_HELSINKI = "iom-helsinki";
    private static final String COUNTRY = "NG";

    /** Obviously fictional people. The samordningsnummer is docs/domain.md's example (Luhn-valid, born 1970-10-03). */
    private static final String GIVEN_NAME = "Testa";
    private static final String FAMILY_NAME = "Påhittadsdottir";
    private static final String CHILD_NAME = "Låtsas";
    private static final String SAMORDNINGSNUMMER = "701063-2391";
    private static final String IDENTIFIED_BY = "Polisen, människohandelsgruppen (fictional)";
    private static final String NOTES = "Fictional notes: exploited in a fictional restaurant; afraid of the recruiter";

    /** The day the suite runs: the concern four months after the return is raised on it. */
    private static final LocalDate FOUR_MONTHS_ON = LocalDate.now(ZoneOffset.UTC);
    /**
     * The journey's first day, four months back: every service's clock is set to it ({@link Stack#clockAt}) from
     * the referral to the arrival, and moved on to each follow-up's due date. A departure is never before the
     * case's registration or its booking, nor a contact before the arrival, and nothing that happened is dated in
     * the future, so to walk the whole first-three-months follow-up and then raise a concern four months after the
     * arrival, the stack lives those months.
     */
    private static final LocalDate TODAY = FOUR_MONTHS_ON.minusMonths(4);
    private static final byte[] STATEMENT = Checks.fictionalPdf("physician statement of Testa Påhittadsdottir");
    private static final byte[] APPLICATION = Checks.fictionalJpeg("Välgrundat beslut of Testa Påhittadsdottir");
    /** The day the family was booked, left and arrived: the journey's first day. */
    private static final LocalDate RETURNED_ON = TODAY;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Actor partner = Actor.of("partner", PARTNER_ORG);
    private final Actor coordinator = Actor.of("coordinator", COORDINATOR_ORG);
    private final Actor caseworker = Actor.of("caseworker", IOM_HELSINKI);
    private final Actor mission = Actor.mission("iom-mission-ng", COUNTRY);
    private final Actor finance = Actor.of("finance", "iom-finance");

    // What the steps share: the ids and answers earlier steps created.
    private EventLog events;
    private String referralId;
    private String caseId;
    private String statementDocument;
    private String applicationDocument;
    private String caseStatementDocument;
    private Set<String> keys;
    private String adultId;
    private String childId;
    private String adultEntitlement;
    private String childEntitlement;
    private Actor.Reply plan;
    private String planId;
    private String equipmentLine;
    private String officeHooks;
    private String missionHooks;

    @BeforeAll
    void theStackLivesFourMonthsBack() throws Exception {
        Stack.get().clockAt(TODAY);
    }

    @AfterAll
    void theStackIsBackToday() throws Exception {
        Stack.get().clockAt(null);
    }

    @Test
    @Order(1)
    void socialServicesReferWithTheConsentsEachHandOverNeeds() throws Exception {
        events = Stack.get().events;
        // IOM Helsinki and the mission of Nigeria are told of their new work, not left to poll for it.
        HttpsReceiver receiver = Stack.get().receiver;
        officeHooks = "iom-helsinki-notifications-" + UUID.randomUUID();
        missionHooks = "iom-mission-ng-notifications-" + UUID.randomUUID();
        expect(201, caseworker.put("monitoring", "/api/v1/monitoring/notification-subscriptions/ALL",
                "{\"url\":\"" + receiver.url(officeHooks) + "\"}"));
        expect(201, mission.put("monitoring", "/api/v1/monitoring/notification-subscriptions/ALL",
                "{\"url\":\"" + receiver.url(missionHooks) + "\"}"));

        // ---- 1 Nytt ärende, 2 Hänvisning: social services refer, with the consents each hand-over needs ----
        Actor.Reply draft = partner.post("referral", "/api/v1/referrals", referral(),
                "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, draft);
        referralId = draft.id();
        assertEquals("DRAFT", draft.body().path("status").asText());
        assertEquals(FAMILY_NAME, draft.body().path("person").path("familyName").asText(),
                "the referrer reads its own draft in full");
        // The physician's statement of her medical needs goes with the referral, sealed; the referrer reads it back.
        Actor.Reply statement = partner.addDocument("referral", referralPath(), "PHYSICIAN_STATEMENT", STATEMENT);
        expect(201, statement);
        statementDocument = statement.id();
        downloads(partner, "referral", referralPath(), statementDocument, "application/pdf", STATEMENT);
        Actor.Reply submitted = partner.post("referral", "/api/v1/referrals/" + referralId + "/submission", null,
                "If-Match", draft.etag());
        expect(200, submitted);
        assertEquals("AWAITING_COORDINATOR", submitted.body().path("status").asText());
        assertTrue(submitted.body().path("person").isMissingNode(), "after Hänvisning the referrer sees the status only");
        assertEquals(404, partner.download("referral", referralPath(), statementDocument).status(),
                "nor its documents");
    }

    @Test
    @Order(2)
    void coordinatorReadsThePersonAndApproves() throws Exception {
        // ---- 3 Meddelande: the coordinator reads the person (its consent stands) and approves ----
        Actor.Reply atCoordinator = coordinator.get("referral", "/api/v1/referrals/" + referralId);
        expect(200, atCoordinator);
        assertEquals(SAMORDNINGSNUMMER,
                atCoordinator.body().path("person").path("identifiers").path(0).path("value").asText());
        // The county board needs no medical details: the physician's statement is not among its documents.
        Actor.Reply atCoordinatorDocuments = coordinator.get("referral", referralPath() + "/documents");
        expect(200, atCoordinatorDocuments);
        assertEquals(0, atCoordinatorDocuments.body().size());
        assertEquals(404, coordinator.download("referral", referralPath(), statementDocument).status());
        Actor.Reply approved = coordinator.post("referral", "/api/v1/referrals/" + referralId + "/coordinator-approval",
                null, "If-Match", atCoordinator.etag());
        expect(200, approved);
        assertEquals("APPROVED_BY_COORDINATOR", approved.body().path("status").asText());
        // The referral reached IOM Helsinki: its caseworkers are told there is one to accept, ids only.
        HttpsReceiver.Received toAccept = awaitItem(officeHooks, "REFERRAL_TO_ACCEPT", referralId);
        assertEquals("/api/v1/referrals/" + referralId, JSON.readTree(toAccept.body()).path("href").asText());
        assertNoPersonIn(toAccept.body(), "a notification");
    }

    @Test
    @Order(3)
    void iomHelsinkiAcceptsAndTheCaseIsApproved() throws Exception {
        // ---- 4 Stöd: IOM Helsinki accepts; case-service registers the case, approved on the coordinator's basis ----
        Actor.Reply accepted = caseworker.post("referral", "/api/v1/referrals/" + referralId + "/acceptance", null);
        expect(200, accepted);
        assertEquals("ACCEPTED", accepted.body().path("status").asText());
        awaitItem(officeHooks, "SIGNED_APPLICATION_AWAITED", referralId);
        caseId = caseworker.awaitGet("case", "/api/v1/cases?referralId=" + referralId,
                r -> r.status() == 200 && r.body().path("totalItems").asInt() == 1)
                .body().path("items").path(0).path("id").asText();
        keys = Set.of(caseId, referralId);
        Actor.Reply registered = caseworker.get("case", "/api/v1/cases/" + caseId);
        expect(200, registered);
        // Approved on the coordinator's basis; announced (and the grant allocated) only once she has signed.
        assertEquals("COORDINATOR", registered.body().path("approval").path("basis").asText());
        assertTrue(registered.body().path("approval").path("announcedAt").isMissingNode(), registered.toString());
        // No consent is created by the system: IOM Helsinki records her consent to share for the return (the
        // IOM office in the home country, carriers, escorts) as she gave it in Stöd.
        assertEquals(0, registered.body().path("consents").size(), "no consent created by the system");
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/consents",
                "{\"purpose\":\"SHARE_FOR_RETURN\",\"givenOn\":\"%s\",\"language\":\"en\",\"interpreterUsed\":false}"
                        .formatted(TODAY)));
        assertEquals("SE", registered.body().path("jurisdiction").asText());
        assertEquals(IOM_HELSINKI, registered.body().path("office").asText());
        assertEquals(COUNTRY, registered.body().path("countryOfReturn").asText());
        adultId = registered.body().path("applicant").path("memberId").asText();
        childId = registered.body().path("household").path(0).path("memberId").asText();
        assertEquals(1, registered.body().path("household").size());

        // IOM Helsinki finds her by her family name misspelled and without its å, and by her samordningsnummer
        // written without its hyphen; the referrer, who may not read the case, cannot search at all.
        for (String criteria : List.of("{\"name\":\"Pahitadsdottir\"}",
                "{\"identifier\":{\"type\":\"SAMORDNINGSNUMMER\",\"value\":\"%s\"}}"
                        .formatted(SAMORDNINGSNUMMER.replace("-", "")))) {
            Actor.Reply searched = caseworker.post("case", "/api/v1/cases/searches", criteria);
            expect(200, searched);
            assertEquals(List.of(caseId), texts(searched.body().path("items"), "id"), criteria);
        }
        expect(403, partner.post("case", "/api/v1/cases/searches", "{\"name\":\"Pahitadsdottir\"}"));
    }

    @Test
    @Order(4)
    void signedApplicationReachesTheCase() throws Exception {
        // ---- 5 Välgrundat beslut: the signed application, recorded on the referral, reaches the case ----
        Actor.Reply signed = caseworker.post("referral", "/api/v1/referrals/" + referralId + "/signed-application", """
                {"signedOn":"%s","language":"en","attachments":[
                  {"documentType":"PASSPORT_COPY","fileName":"passport-copy.pdf","mediaType":"application/pdf",
                   "sizeBytes":182044,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}"""
                .formatted(TODAY));
        expect(201, signed);
        // The signed application itself is kept with the referral; the coordinator and IOM Helsinki read it, and
        // IOM Helsinki the physician's statement the referrer sent.
        Actor.Reply application = caseworker.addDocument("referral", referralPath(), "SIGNED_APPLICATION", APPLICATION);
        expect(201, application);
        applicationDocument = application.id();
        Actor.Reply atIom = caseworker.get("referral", referralPath() + "/documents");
        expect(200, atIom);
        assertEquals(List.of("PHYSICIAN_STATEMENT", "SIGNED_APPLICATION"), atIom.body().findValuesAsText("kind"));
        downloads(caseworker, "referral", referralPath(), statementDocument, "application/pdf", STATEMENT);
        downloads(caseworker, "referral", referralPath(), applicationDocument, "image/jpeg", APPLICATION);
        downloads(coordinator, "referral", referralPath(), applicationDocument, "image/jpeg", APPLICATION);
        // The mission prepares the return with the statement: IOM Helsinki keeps a copy with the case.
        Actor.Reply onCase = caseworker.addDocument("case", "/api/v1/cases/" + caseId, "PHYSICIAN_STATEMENT",
                STATEMENT);
        expect(201, onCase);
        caseStatementDocument = onCase.id();
        caseworker.awaitGet("case", "/api/v1/cases/" + caseId,
                r -> TODAY.toString().equals(r.body().path("signedApplication").path("signedOn").asText()));
        // Now the approval is announced, and grant-service allocates from it (never before the signed application).
        EventLog.Event caseApproved = events.await("avrr.case.approved.v1", e -> caseId.equals(e.key()), timeout());
        assertEquals("COORDINATOR", caseApproved.data().path("basis").asText());
        // The programme says she is a victim of trafficking: on the topic it travels sealed, never in clear.
        assertTrue(caseApproved.data().path("programme").isMissingNode(), "no programme in clear");
        assertTrue(caseApproved.data().path("personal").isTextual(), "the programme and household sealed");

        // The rules of the programme are still assessed (they decide the trafficking gate); the verdict is the
        // coordinator's approval.
        Actor.Reply assessed = caseworker.post("case", "/api/v1/cases/" + caseId + "/eligibility-assessment", """
                {"assessedOn":"%s","trafficking":{"identified":true,"identifiedBy":"%s"}}"""
                .formatted(TODAY, IDENTIFIED_BY));
        expect(200, assessed);
        assertEquals("ELIGIBILITY_ASSESSED", assessed.body().path("status").asText());
        assertTrue(assessed.body().path("eligibility").path("eligible").asBoolean(), assessed.toString());
        assertTrue(rule(assessed.body().path("eligibility").path("results"), "VICTIM_OF_TRAFFICKING")
                .path("met").asBoolean(), assessed.toString());

        // A correction, once: IOM Helsinki corrects the child's name as her birth certificate shows it, with the
        // reason; the referral it came from follows, and the announcement carries no name in clear.
        String corrected = CHILD_NAME + "ina";
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/household/" + childId, """
                {"givenName":"%s","familyName":"%s","dateOfBirth":"2017-05-14","relation":"CHILD",
                 "reason":"Birth certificate seen (fictional)"}""".formatted(corrected, FAMILY_NAME), "If-Match",
                caseworker.caseEtag(caseId)));
        caseworker.awaitGet("referral", "/api/v1/referrals/" + referralId, r -> corrected.equals(
                r.body().path("person").path("household").path(0).path("givenName").asText()));
        EventLog.Event rectified = events.await("avrr.case.person-rectified.v1", e -> caseId.equals(e.key()),
                timeout());
        assertTrue(rectified.data().path("personal").isTextual(), "what was corrected travels sealed");
        assertNoPersonIn(rectified.json().toString(), "the rectification event");
    }

    @Test
    @Order(5)
    void needsInventory() throws Exception {
        // ---- 6 Behovsinventering ----
        Actor.Reply inventory = caseworker.put("case", "/api/v1/cases/" + caseId + "/needs-inventory", """
                {"needs":[{"category":"EDUCATION_OR_LIVELIHOOD","description":"Wants to open a tailoring shop"},
                          {"category":"PSYCHOSOCIAL","description":"Counselling after the exploitation"}],
                 "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Nigeria","assessedOn":"%s"}"""
                .formatted(TODAY), "If-Match", caseworker.caseEtag(caseId));
        expect(200, inventory);
    }

    @Test
    @Order(6)
    void reintegrationPlanDraftedByTheMission() throws Exception {
        // ---- 7 Återintegrationsplan: drafted before travel (case-service's plan-reference gate), by the mission
        // of the country of return in grant-service, where the package was allocated on the coordinator's
        // approval; the caseworker records its reference on the case ----
        JsonNode allocated = awaitEntitlements(caseId);
        // Allocated on the approval announced once she had signed — never on the accepted referral alone.
        OffsetDateTime signedAt = OffsetDateTime.parse(events.await("avrr.referral.application-signed.v1",
                e -> referralId.equals(e.key()), timeout()).json().path("time").asText());
        OffsetDateTime allocatedAt = OffsetDateTime.parse(events.await("avrr.grant.allocated.v1",
                e -> caseId.equals(e.key()), timeout()).json().path("time").asText());
        assertTrue(allocatedAt.isAfter(signedAt), "allocated at " + allocatedAt + ", signed at " + signedAt);
        adultEntitlement = entitlementOf(allocated, adultId).path("id").asText();
        childEntitlement = entitlementOf(allocated, childId).path("id").asText();
        // Before the handover the mission of Nigeria sees nothing of the case, in any service.
        expect(404, mission.get("case", "/api/v1/cases/" + caseId));
        expect(404, mission.get("grant", "/api/v1/entitlements/" + adultEntitlement));
        expect(404, mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId));
        // IOM Helsinki hands the case over to the IOM office in the home country (Stöd: it contacts the mission;
        // Behovsinventering confirmed support there), with the person's consent to share for the return.
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/mission-handover", null, "If-Match",
                caseworker.caseEtag(caseId)));
        mission.awaitGet("grant", "/api/v1/entitlements/" + adultEntitlement, r -> r.status() == 200);
        mission.awaitGet("monitoring", "/api/v1/monitoring/cases/" + caseId, r -> r.status() == 200);
        expect(200, mission.get("case", "/api/v1/cases/" + caseId));
        downloads(mission, "case", "/api/v1/cases/" + caseId, caseStatementDocument, "application/pdf", STATEMENT);
        plan = mission.post("grant", "/api/v1/entitlements/" + adultEntitlement + "/plans",
                plan(new String[] { "EQUIPMENT", "Two sewing machines and an overlocker", "Fiktiv Symaskin Ltd", "18000.00" },
                        new String[] { "BUSINESS_PREMISES", "Six months' rent of a small shop", "Fiktiv Eiendom Ltd",
                                "7000.00" }));
        expect(201, plan);
        planId = plan.id();
        assertEquals("DRAFT", plan.body().path("status").asText());
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/reintegration-plan",
                "{\"planId\":\"%s\",\"draftedOn\":\"%s\"}".formatted(planId, TODAY), "If-Match", caseworker.caseEtag(caseId)));

        // The reference alone opens nothing: travel waits for a plan grant-service approved for the case — and a
        // victim of trafficking never travels without a risk assessment either.
        Actor.Reply tooEarly = caseworker.post("case", "/api/v1/cases/" + caseId + "/travel-booking", booking());
        expect(409, tooEarly);
        assertEquals("urn:avrr:problem:state-conflict", tooEarly.problemType());
        assertEquals("plan-not-approved", tooEarly.body().path("guard").asText(), tooEarly.toString());
        assertTrue(Checks.texts(tooEarly.body().path("failedGuards")).contains("risk-assessment-missing"),
                tooEarly.toString());

        // The mission submits the plan; IOM Helsinki is told there is a plan to approve (the mission is told of its
        // own work only) and approves it; case-service learns it from grant-service's announcement.
        expect(200, mission.post("grant", "/api/v1/plans/" + planId + "/submission", null));
        awaitItem(officeHooks, "PLAN_TO_APPROVE", planId);
        awaitNotification(Stack.get().receiver, missionHooks, "HANDOVER_RECEIVED", caseId);
        for (HttpsReceiver.Received r : Stack.get().receiver.received(missionHooks)) {
            assertFalse(Set.of("REFERRAL_TO_ACCEPT", "SIGNED_APPLICATION_AWAITED", "PLAN_TO_APPROVE")
                    .contains(JSON.readTree(r.body()).path("itemKind").asText()), "the office's work: " + r.body());
        }
        Actor.Reply planApproved = caseworker.post("grant", "/api/v1/plans/" + planId + "/approval", null);
        expect(200, planApproved);
        assertEquals("APPROVED", planApproved.body().path("status").asText());
        assertEquals("25000.00", planApproved.body().path("total").path("amount").asText());
        equipmentLine = planApproved.body().path("lines").path(0).path("id").asText();
        assertEquals("EQUIPMENT", planApproved.body().path("lines").path(0).path("activity").asText());
        caseworker.awaitGet("case", "/api/v1/cases/" + caseId,
                r -> r.body().path("reintegrationPlan").path("approvedAt").isTextual());

        // The sewing machines on the approved plan are paid after she has arrived, not before: refused, nothing
        // reserved.
        Actor.Reply beforeArrival = mission.post("grant", "/api/v1/entitlements/" + adultEntitlement + "/disbursements",
                equipmentPayment(), "Idempotency-Key", UUID.randomUUID().toString());
        expect(422, beforeArrival);
        assertEquals("payable-after-arrival", beforeArrival.body().path("rule").asText(), beforeArrival.toString());
        assertEquals("35000.00", mission.get("grant", "/api/v1/entitlements/" + adultEntitlement).body()
                .path("available").path("amount").asText());
    }

    private String referralPath() {
        return "/api/v1/referrals/" + referralId;
    }

    private String equipmentPayment() {
        return """
                {"category":"EDUCATION_BUSINESS_EMPLOYMENT","planLineId":"%s",
                 "payee":{"type":"VENDOR","name":"Fiktiv Symaskin Ltd","account":"NG-ACC-0001"},
                 "amount":{"amount":"18000.00","currency":"NOK"}}""".formatted(equipmentLine);
    }

    @Test
    @Order(7)
    void riskAssessment() throws Exception {
        // ---- 8 Riskhantering ----
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/risk-assessments", """
                {"level":"MEDIUM","risks":["The recruiter's network is active in the home town"],
                 "mitigations":["Met by the mission at the airport","Housing in another town"],"assessedOn":"%s"}"""
                .formatted(TODAY), "If-Match", caseworker.caseEtag(caseId)));
    }

    @Test
    @Order(8)
    void preparationsBookingDepartureArrival() throws Exception {
        // ---- 9 Förberedelser inför och under hemresan: arrangements, booking; departure and arrival ----
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/travel-arrangements", """
                {"travelDocument":{"status":"OBTAINED","type":"EMERGENCY_TRAVEL_DOCUMENT"},
                 "escort":{"arranged":false},"transitAssistance":true,"arrivalAssistance":true,
                 "medicalEscort":{"needed":false,"arranged":false}}""", "If-Match", caseworker.caseEtag(caseId)));
        Actor.Reply booked = caseworker.post("case", "/api/v1/cases/" + caseId + "/travel-booking", booking(),
                "If-Match", caseworker.caseEtag(caseId));
        expect(200, booked);
        assertEquals("TRAVEL_PREPARATION", booked.body().path("status").asText());
        Actor.Reply departed = caseworker.post("case", "/api/v1/cases/" + caseId + "/departure",
                "{\"departedOn\":\"%s\"}".formatted(RETURNED_ON), "If-Match", caseworker.caseEtag(caseId));
        expect(200, departed);
        assertEquals("DEPARTED", departed.body().path("status").asText());
        // The mission of the country of return sees the case since the handover, and confirms the arrival.
        Actor.Reply atMission = mission.get("case", "/api/v1/cases/" + caseId);
        expect(200, atMission);
        assertTrue(atMission.body().path("vulnerability").isMissingNode(), "the mission sees no trafficking details");
        Actor.Reply arrived = mission.post("case", "/api/v1/cases/" + caseId + "/arrival",
                "{\"arrivedOn\":\"%s\"}".formatted(RETURNED_ON), "If-Match", atMission.etag());
        expect(200, arrived);
        assertEquals("ARRIVED", arrived.body().path("status").asText());
        EventLog.Event returned = events.await("avrr.case.return-completed.v1", e -> caseId.equals(e.key()), timeout());
        assertEquals(RETURNED_ON.toString(), returned.data().path("arrivalDate").asText());
        assertTrue(returned.data().path("household").isMissingNode(), "the household travels sealed");
        events.await("avrr.monitoring.started.v1", e -> caseId.equals(e.key()), timeout());

        Actor.Reply history = caseworker.get("case", "/api/v1/cases/" + caseId + "/history");
        expect(200, history);
        assertEquals(List.of("Stöd", "Consent recorded", "Välgrundat beslut", "Eligibility assessed",
                "Personal data rectified", "Behovsinventering", "Handed over to the mission", "Återintegrationsplan",
                "Reintegration plan approved", "Riskhantering", "Förberedelser inför och under hemresan",
                "Förberedelser inför och under hemresan", "Departed", "Arrived"), texts(history.body(), "label"));
    }

    @Test
    @Order(9)
    void bothBeneficiariesGetTheTraffickingPackage() throws Exception {
        // ---- both beneficiaries get the victims-of-trafficking package (docs/domain.md#the-victims-of-trafficking-package): 5,000 + 25,000 + 2,000 + 3,000 = 35,000 NOK each ----
        JsonNode entitlements = awaitEntitlements(caseId);
        assertEquals(2, entitlements.size(), entitlements.toString());
        JsonNode adult = entitlementOf(entitlements, adultId);
        JsonNode child = entitlementOf(entitlements, childId);
        assertPackage(adult, "APPLICANT", false, "CASH");
        // A child's subsistence is in kind, paid on needs (docs/domain.md#the-victims-of-trafficking-package).
        assertPackage(child, "CHILD", true, "IN_KIND");
    }

    @Test
    @Order(10)
    void missionConvertsAccommodationIntoBusinessStartUp() throws Exception {
        // ---- 10 Återintegrationsstöd: the mission converts accommodation into business start-up (docs/domain.md#conversion-rules:
        // accommodation may be converted into education, training, business or employment), no more than the
        // category holds ----
        String entitlementEtag = mission.get("grant", "/api/v1/entitlements/" + adultEntitlement).etag();
        Actor.Reply tooMuch = mission.post("grant", "/api/v1/entitlements/" + adultEntitlement + "/conversions",
                conversion("5000.01"), "If-Match", entitlementEtag);
        expect(422, tooMuch);
        assertEquals("urn:avrr:problem:business-rule", tooMuch.problemType());
        assertEquals("within-balance", tooMuch.body().path("rule").asText(), tooMuch.toString());
        Actor.Reply converted = mission.post("grant", "/api/v1/entitlements/" + adultEntitlement + "/conversions",
                conversion("5000.00"), "If-Match", entitlementEtag);
        expect(201, converted);
        assertEquals("ACCOMMODATION", converted.body().path("from").asText());
        assertEquals("EDUCATION_BUSINESS_EMPLOYMENT", converted.body().path("to").asText());
        assertEquals("5000.00", converted.body().path("amount").path("amount").asText());
        JsonNode afterConversion = mission.get("grant", "/api/v1/entitlements/" + adultEntitlement).body();
        assertFigures(category(afterConversion, "ACCOMMODATION"), "5000.00", "0.00", "5000.00", "0.00", "0.00", "0.00");
        assertFigures(category(afterConversion, "EDUCATION_BUSINESS_EMPLOYMENT"), "25000.00", "5000.00", "0.00",
                "0.00", "0.00", "30000.00");
        assertEquals("35000.00", afterConversion.path("allocated").path("amount").asText());
        assertEquals("35000.00", afterConversion.path("available").path("amount").asText());

        // What the conversion made possible goes into a second plan: three more months of rent for the shop,
        // drafted with her after the arrival, submitted, approved.
        Actor.Reply second = mission.post("grant", "/api/v1/entitlements/" + adultEntitlement + "/plans",
                plan(new String[] { "BUSINESS_PREMISES", "Three more months' rent of the shop", "Fiktiv Eiendom Ltd",
                        "3000.00" }));
        expect(201, second);
        expect(200, mission.post("grant", "/api/v1/plans/" + second.id() + "/submission", null));
        Actor.Reply secondApproved = caseworker.post("grant", "/api/v1/plans/" + second.id() + "/approval", null);
        expect(200, secondApproved);
        assertEquals("3000.00", secondApproved.body().path("total").path("amount").asText());

        // A vendor is paid on the approved line: requested by the mission, approved by finance (another person).
        Actor.Reply requested = mission.post("grant", "/api/v1/entitlements/" + adultEntitlement + "/disbursements",
                equipmentPayment(), "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, requested);
        String disbursementId = requested.id();
        assertEquals("REQUESTED", requested.body().path("status").asText());
        assertEquals("IN_KIND", requested.body().path("form").asText());
        Actor.Reply financeApproved = finance.post("grant", "/api/v1/disbursements/" + disbursementId + "/approval",
                null);
        expect(200, financeApproved);
        assertEquals("APPROVED", financeApproved.body().path("status").asText());
        assertNotEquals(financeApproved.body().path("requestedBy").asText(),
                financeApproved.body().path("decidedBy").asText(), "four eyes");
        // Paid in naira: 2,500,000 NGN at 0.0072 NOK per naira is exactly the 18,000 NOK approved.
        Actor.Reply paid = mission.post("grant", "/api/v1/disbursements/" + disbursementId + "/payment", """
                {"paidOn":"%s","localAmount":{"amount":"2500000.00","currency":"NGN"},"exchangeRate":"0.0072",
                 "nokEquivalent":{"amount":"18000.00","currency":"NOK"},"reference":"E2E-BANK-0001"}"""
                .formatted(TODAY));
        expect(200, paid);
        assertEquals("PAID", paid.body().path("status").asText());
        JsonNode afterPayment = mission.get("grant", "/api/v1/entitlements/" + adultEntitlement).body();
        assertFigures(category(afterPayment, "EDUCATION_BUSINESS_EMPLOYMENT"), "25000.00", "5000.00", "0.00", "0.00",
                "18000.00", "12000.00");
        assertEquals("17000.00", afterPayment.path("available").path("amount").asText());
        JsonNode childAfter = mission.get("grant", "/api/v1/entitlements/" + childEntitlement).body();
        assertEquals("35000.00", childAfter.path("available").path("amount").asText(), "the child's package untouched");
        events.await("avrr.grant.disbursement-paid.v1", e -> caseId.equals(e.key()), timeout());
    }

    @Test
    @Order(11)
    void followUpOnTheSwedishSchedule() throws Exception {
        // ---- 11 Uppföljning: the Swedish schedule, the first three months ----
        Actor.Reply monitoring = mission.awaitGet("monitoring", "/api/v1/monitoring/cases/" + caseId,
                r -> r.status() == 200 && "ACTIVE".equals(r.body().path("status").asText()));
        assertEquals("SWEDISH_AVRR", monitoring.body().path("programme").asText());
        assertEquals(2, monitoring.body().path("householdSize").asInt(), "opened from the sealed household");
        assertEquals(RETURNED_ON.toString(), monitoring.body().path("arrivalDate").asText());
        JsonNode items = monitoring.body().path("plan");
        assertEquals(List.of("Återintegrationsstöd: meeting on arrival", "Uppföljning: month 1", "Uppföljning: month 2",
                "Uppföljning: month 3"), texts(items, "label"));
        List<LocalDate> due = List.of(RETURNED_ON, RETURNED_ON.plusMonths(1), RETURNED_ON.plusMonths(2),
                RETURNED_ON.plusMonths(3));
        assertEquals(due.stream().map(LocalDate::toString).toList(), texts(items, "dueDate"));
        // Each item opens when the one before it falls due; the first on arrival.
        assertEquals(List.of(RETURNED_ON, RETURNED_ON, due.get(1), due.get(2)).stream().map(LocalDate::toString)
                .toList(), texts(items, "opensOn"));
        // The overdue job runs hourly and first ran when the stack started, before this plan existed.
        assertEquals(List.of("DUE", "DUE", "DUE", "DUE"), texts(items, "status"));

        // A contact on each due date, each reaching the returnee, each fulfilling its item.
        List<String> contactIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Stack.get().clockAt(due.get(i));
            Actor.Reply contact = mission.post("monitoring", "/api/v1/monitoring/cases/" + caseId + "/contacts", """
                    {"contactedOn":"%s","mode":"%s","reached":true,"planProgress":"ON_TRACK","grantUse":"%s",
                     "wellbeingNotes":"Fictional: settled in with her sister; the boy goes to school"}"""
                    .formatted(due.get(i), i == 0 ? "VISIT" : "PHONE", i == 0 ? "NOT_YET_RECEIVED" : "AS_PLANNED"),
                    "Idempotency-Key", UUID.randomUUID().toString());
            expect(201, contact);
            assertEquals(items.path(i).path("id").asText(), contact.body().path("fulfilledItem").asText(),
                    "contact " + (i + 1) + " fulfils item " + (i + 1));
            contactIds.add(contact.id());
        }
        events.await("avrr.monitoring.completed.v1", e -> caseId.equals(e.key()), timeout());
        Actor.Reply completed = mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId);
        assertEquals("COMPLETED", completed.body().path("status").asText());
        assertEquals(List.of("FULFILLED", "FULFILLED", "FULFILLED", "FULFILLED"),
                texts(completed.body().path("plan"), "status"));
        assertEquals(contactIds, texts(completed.body().path("plan"), "fulfilledBy"));
        assertEquals(due.get(3).toString(), completed.body().path("lastContactOn").asText());
    }

    @Test
    @Order(12)
    void aConcernFourMonthsAfterArrivalReachesIomHelsinkiAndEscalatesUnacknowledged() throws Exception {
        // ---- after Uppföljning: a protection concern at any time, pushed to IOM Helsinki, escalated ----
        HttpsReceiver receiver = Stack.get().receiver;
        String all = officeHooks;
        String duty = "iom-helsinki-escalations-" + UUID.randomUUID();
        expect(201, caseworker.put("monitoring", "/api/v1/monitoring/notification-subscriptions/ESCALATIONS",
                "{\"url\":\"" + receiver.url(duty) + "\"}"));
        Stack.get().clockAt(FOUR_MONTHS_ON);
        assertEquals("COMPLETED", mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId).body()
                .path("status").asText(), "monitoring is over: the plan completed a month ago");

        Instant raisedAt = Instant.now();
        Actor.Reply alert = mission.post("monitoring", "/api/v1/monitoring/cases/" + caseId + "/alerts", """
                {"kind":"RE_TRAFFICKING_RISK","urgency":"URGENT","reportedBy":"FAMILY",
                 "details":"Fictional: her sister saw the recruiter near the house"}""");
        expect(201, alert);
        String alertId = alert.id();

        // Within seconds, signed, with ids and kinds only; the details are read through the API.
        HttpsReceiver.Received pushed = awaitNotification(receiver, all, "ALERT_RAISED", alertId);
        assertTrue(Duration.between(raisedAt, Instant.now()).toSeconds() < 10, "within seconds");
        assertTrue(pushed.header("X-Avrr-Signature").startsWith("sha256="));
        for (String detail : List.of("RE_TRAFFICKING", "recruiter", "URGENT", "FAMILY", GIVEN_NAME)) {
            assertFalse(pushed.body().contains(detail), "no detail in a notification: " + detail);
        }
        assertEquals("RE_TRAFFICKING_RISK", caseworker.get("monitoring", "/api/v1/monitoring/alerts/" + alertId)
                .body().path("kind").asText());
        // The plan reopens with a protection item: what the person declined is not re-opened, nothing was.
        assertEquals("ACTIVE", mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId).body()
                .path("status").asText());

        // Nobody acknowledges it: after the urgent deadline it escalates, to the escalation subscribers too —
        // once, although two instances of monitoring-service run the job.
        HttpsReceiver.Received escalated = awaitNotification(receiver, duty, "ALERT_ESCALATED", alertId);
        assertEquals(1, JSON.readTree(escalated.body()).path("level").asInt());
        Actor.Reply read = caseworker.get("monitoring", "/api/v1/monitoring/alerts/" + alertId);
        assertTrue(read.body().path("escalationLevel").asInt() >= 1);
        expect(200, caseworker.post("monitoring", "/api/v1/monitoring/alerts/" + alertId + "/acknowledgement", null,
                "If-Match", read.etag()));
        int level = caseworker.get("monitoring", "/api/v1/monitoring/alerts/" + alertId).body()
                .path("escalationLevel").asInt();
        Thread.sleep(7000);
        assertEquals(level, caseworker.get("monitoring", "/api/v1/monitoring/alerts/" + alertId).body()
                .path("escalationLevel").asInt(), "acknowledged: no further escalation");
        List<Integer> levels = receiver.received(duty).stream().map(r -> level(r, alertId)).filter(l -> l > 0)
                .toList();
        assertEquals(levels.stream().distinct().toList(), levels, "each level pushed once: " + levels);
    }

    private static int level(HttpsReceiver.Received r, String alertId) {
        try {
            JsonNode body = JSON.readTree(r.body());
            return alertId.equals(body.path("subjectId").asText()) ? body.path("level").asInt() : -1;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new item of another service's work queue, pushed to a subscriber. */
    private static HttpsReceiver.Received awaitItem(String path, String itemKind, String subjectId) throws Exception {
        return awaitPushed(Stack.get().receiver, path, itemKind + " for " + subjectId,
                body -> "WORK_ITEM_OPENED".equals(body.path("kind").asText())
                        && itemKind.equals(body.path("itemKind").asText())
                        && subjectId.equals(body.path("subjectId").asText()));
    }

    private static HttpsReceiver.Received awaitNotification(HttpsReceiver receiver, String path, String kind,
            String subjectId) throws Exception {
        return awaitPushed(receiver, path, kind + " for " + subjectId,
                body -> kind.equals(body.path("kind").asText()) && subjectId.equals(body.path("subjectId").asText()));
    }

    private static HttpsReceiver.Received awaitPushed(HttpsReceiver receiver, String path, String what,
            Predicate<JsonNode> match) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (HttpsReceiver.Received r : receiver.received(path)) {
                if (match.test(JSON.readTree(r.body()))) {
                    return r;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + what + " at " + path + " within 30 s");
    }

    @Test
    @Order(13)
    void partnerAndCoordinatorSeeEveryMilestone() throws Exception {
        // ---- 12 Återkoppling: the partner and the coordinator each see every milestone, in order, and nothing more ----
        List<List<String>> expected = List.of(
                List.of("STATUS", "REGISTERED", "Nytt ärende", PARTNER_ORG),
                List.of("STATUS", "SUBMITTED", "Hänvisning", PARTNER_ORG),
                List.of("STATUS", "APPROVED_BY_COORDINATOR", "Meddelande", COORDINATOR_ORG),
                List.of("STATUS", "ACCEPTED", "Stöd", IOM_HELSINKI),
                List.of("MILESTONE", "CASE_OPENED", "Case opened", ""),
                List.of("STATUS", "APPLICATION_SIGNED", "Välgrundat beslut", IOM_HELSINKI),
                List.of("MILESTONE", "TRAVEL_BOOKED", "Förberedelser inför och under hemresan", ""),
                List.of("MILESTONE", "RETURNED", "Returned", ""),
                List.of("MILESTONE", "MONITORING_STARTED", "Uppföljning", ""),
                List.of("MILESTONE", "REINTEGRATION_STARTED", "Återintegrationsstöd", ""),
                List.of("MILESTONE", "MONITORING_CONTACT_MADE", "Monitoring contact made", ""),
                List.of("MILESTONE", "MONITORING_CONTACT_MADE", "Monitoring contact made", ""),
                List.of("MILESTONE", "MONITORING_CONTACT_MADE", "Monitoring contact made", ""),
                List.of("MILESTONE", "MONITORING_CONTACT_MADE", "Monitoring contact made", ""),
                List.of("MILESTONE", "MONITORING_COMPLETED", "Monitoring completed", ""));
        for (Actor reader : List.of(partner, coordinator)) {
            Actor.Reply timeline = reader.awaitGet("referral", "/api/v1/referrals/" + referralId + "/timeline",
                    r -> r.status() == 200 && texts(r.body().path("entries"), "code").contains("MONITORING_COMPLETED"));
            assertSanitisedTimeline(reader, referralId, timeline.body(), expected);
        }

        // The referrer reads the referral's status only; the case, the money and the monitoring not at all.
        Actor.Reply asReferrer = partner.get("referral", "/api/v1/referrals/" + referralId);
        expect(200, asReferrer);
        assertEquals("ACCEPTED", asReferrer.body().path("status").asText());
        for (String field : List.of("person", "vulnerability", "outsideReferral", "personWithheld")) {
            assertTrue(asReferrer.body().path(field).isMissingNode(), field + " shown to the referrer: " + asReferrer);
        }
        assertNoPersonIn(asReferrer.body().toString(), "the referral as the referrer reads it");
        expect(403, partner.get("referral", "/api/v1/referrals/" + referralId + "/signed-application"));
        for (Actor outsider : List.of(partner, coordinator)) {
            Actor.Reply caseRead = outsider.get("case", "/api/v1/cases/" + caseId);
            expect(403, caseRead);
            assertEquals("urn:avrr:problem:forbidden", caseRead.problemType());
            expect(403, outsider.get("grant", "/api/v1/cases/" + caseId + "/entitlements"));
            expect(403, outsider.get("monitoring", "/api/v1/monitoring/cases/" + caseId));
        }
    }

    @Test
    @Order(14)
    void theReturneesFeedbackReachesThePartnerSheConsentedTo() throws Exception {
        // ---- 12 Återkoppling: her own words, to the referring social services only, as she approved them ----
        HttpsReceiver receiver = Stack.get().receiver;
        String hooks = "socialtjansten-" + UUID.randomUUID();
        expect(201, partner.put("referral", "/api/v1/webhook-subscription", "{\"url\":\"" + receiver.url(hooks)
                + "\"}"));
        String words = "The sewing course started and my son likes his school. Thank you (fictional)";
        Actor.Reply feedback = mission.post("monitoring", "/api/v1/monitoring/cases/" + caseId + "/feedback", """
                {"receivedOn":"%s","language":"en","consentToForward":true,
                 "text":"Fictional: a long talk about the course, the family and the recruiter",
                 "shareWithPartners":["REFERRER"],"summaryForPartners":"%s"}""".formatted(FOUR_MONTHS_ON, words));
        expect(201, feedback);

        Instant deadline = Instant.now().plusSeconds(30);
        HttpsReceiver.Received delivered = null;
        while (delivered == null && Instant.now().isBefore(deadline)) {
            for (HttpsReceiver.Received r : receiver.received(hooks)) {
                if ("FEEDBACK".equals(JSON.readTree(r.body()).path("entry").path("kind").asText())) {
                    delivered = r;
                }
            }
            Thread.sleep(200);
        }
        assertTrue(delivered != null, "the returnee's words at the partner's webhook");
        JsonNode entry = JSON.readTree(delivered.body()).path("entry");
        assertEquals("Återkoppling", entry.path("label").asText());
        assertEquals(words, entry.path("text").asText());
        assertFalse(delivered.body().contains("recruiter"), "only the words she approved for the partner");
        assertNoPersonIn(delivered.body(), "the feedback webhook");

        Actor.Reply timeline = partner.awaitGet("referral", "/api/v1/referrals/" + referralId + "/timeline",
                r -> texts(r.body().path("entries"), "kind").contains("FEEDBACK"));
        assertTrue(texts(timeline.body().path("entries"), "text").contains(words));
        // She named the referrer only: the coordinator's timeline shows no feedback.
        assertFalse(texts(coordinator.get("referral", "/api/v1/referrals/" + referralId + "/timeline").body()
                .path("entries"), "kind").contains("FEEDBACK"));
    }

    @Test
    @Order(15)
    void herAccessRequestHoldsWhatEveryServiceHolds() throws Exception {
        // ---- the right of access: she asks what IOM holds on her; one request reaches all four services, each
        // answers with its part, and a second data-protection officer releases the package (four eyes) ----
        Actor dpo = Actor.named("dpo", "iom-data-protection", "e2e-dpo-recorder");
        Actor releasingDpo = Actor.named("dpo", "iom-data-protection", "e2e-dpo-releaser");
        Actor.Reply recorded = dpo.post("case", "/api/v1/cases/" + caseId + "/access-requests", """
                {"requestReference":"DPR-E2E-SE-1","identityVerifiedBy":"Passport seen at IOM Helsinki (fictional)"}""");
        expect(201, recorded);
        String request = recorded.id();
        String requestPath = "/api/v1/data-protection/requests/" + request;
        EventLog.Event asked = events.await("avrr.case.access-requested.v1",
                e -> request.equals(e.data().path("requestId").asText()), timeout());
        assertEquals(referralId, asked.data().path("referralId").asText());
        assertNoPersonIn(asked.json().toString(), "the access request");
        for (String service : List.of("referral", "grant", "monitoring")) {
            EventLog.Event part = events.await("avrr." + service + ".access-part-assembled.v1",
                    e -> request.equals(e.data().path("requestId").asText()), timeout());
            assertTrue(part.data().path("personal").isTextual(), service + "'s part travels sealed");
            assertNoPersonIn(part.json().toString(), service + "'s part");
        }
        dpo.awaitGet("case", requestPath, r -> r.body().path("partsAwaited").isEmpty());
        expect(403, dpo.post("case", requestPath + "/release", null));
        expect(200, releasingDpo.post("case", requestPath + "/release", null));

        Actor.Reply released = dpo.get("case", requestPath + "/package");
        expect(200, released);
        JsonNode services = released.body().path("services");
        assertEquals(List.of("case-service", "referral-service", "grant-service", "monitoring-service"),
                texts(services, "service"));
        for (JsonNode part : services) {
            assertFalse(part.path("holdings").isEmpty(), part.path("service") + " says what it holds");
            for (JsonNode held : part.path("holdings")) {
                assertFalse(held.path("purpose").asText().isBlank(), held.toString());
            }
            assertFalse(part.path("accessLog").isEmpty(), part.path("service") + " says who read it");
        }
        // Compared with what the journey created, service by service.
        String child = CHILD_NAME + "ina";
        JsonNode cases = part(services, "case-service").path("data");
        assertEquals(GIVEN_NAME, cases.path("caseFile").path("applicant").path("givenName").asText());
        assertEquals(child, cases.path("caseFile").path("household").path(0).path("givenName").asText(),
                "the corrected name");
        assertTrue(texts(cases.path("history"), "label").containsAll(List.of("Stöd", "Personal data rectified",
                "Riskhantering", "Arrived")), cases.path("history").toString());
        JsonNode referral = part(services, "referral-service").path("data");
        assertEquals(SAMORDNINGSNUMMER,
                referral.path("referral").path("person").path("identifiers").path(0).path("value").asText());
        assertEquals(child, referral.path("referral").path("person").path("household").path(0).path("givenName")
                .asText(), "the referral followed the correction");
        assertEquals("Birth certificate seen (fictional)", referral.path("rectifications").path(0).path("reason")
                .asText());
        assertEquals(4, referral.path("consents").size(), "the four consents she gave with the referral");
        JsonNode grant = part(services, "grant-service").path("data");
        assertEquals(2, grant.path("entitlements").size(), "her and her son's entitlements");
        assertTrue(grant.path("plans").toString().contains(planId), "the reintegration plan");
        assertTrue(grant.path("disbursements").toString().contains("Fiktiv Symaskin Ltd"), "the vendor paid");
        assertTrue(grant.path("conversions").toString().contains("Lives with her sister's family"),
                "the conversion's reason");
        JsonNode monitoring = part(services, "monitoring-service").path("data");
        assertEquals(4, monitoring.path("contacts").size(), "the arrival meeting and three follow-ups");
        assertTrue(monitoring.path("feedback").toString().contains("about the course"), "her own words");
        assertFalse(monitoring.path("alerts").isEmpty(), "the protection alert raised for her");
        // Who read her data, in each service, from its own audit trail.
        assertTrue(texts(part(services, "referral-service").path("accessLog"), "org").contains(COORDINATOR_ORG));
        assertTrue(texts(part(services, "case-service").path("accessLog"), "org").contains(mission.org));
        assertTrue(texts(part(services, "grant-service").path("accessLog"), "org").contains("iom-finance"));
        assertTrue(texts(part(services, "monitoring-service").path("accessLog"), "org").contains(IOM_HELSINKI));

        // The page she can be handed: the same parts, readable.
        String page = dpo.page("case", requestPath + "/package");
        for (String heading : List.of("Your case (case-service)", "Your referral (referral-service)",
                "Your reintegration grant (grant-service)", "Monitoring after your return (monitoring-service)")) {
            assertTrue(page.contains("<h2>" + heading + "</h2>"), heading);
        }
        assertTrue(page.contains(child) && page.contains("DPR-E2E-SE-1"), "her data and her request on the page");
    }

    @Test
    @Order(16)
    void herErasureLeavesNothingOfHerAndTheFiguresStand() throws Exception {
        // ---- the right to erasure: once the case has ended, four eyes, every service erases its part ----
        Actor dpo = Actor.named("dpo", "iom-data-protection", "e2e-dpo-recorder");
        Actor releasingDpo = Actor.named("dpo", "iom-data-protection", "e2e-dpo-releaser");
        Actor auditor = Actor.of("auditor", "iom-audit");
        String body = """
                {"requestReference":"DPR-E2E-SE-2","identityVerifiedBy":"Passport seen at IOM Helsinki (fictional)"}""";
        Actor.Reply tooEarly = dpo.post("case", "/api/v1/cases/" + caseId + "/erasure-requests", body);
        expect(409, tooEarly);
        assertEquals("case-not-ended", tooEarly.body().path("guard").asText());
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/closure", """
                {"endedOn":"%s","reason":"RETURN_COMPLETED","note":"Fictional: settled with her sister"}"""
                .formatted(FOUR_MONTHS_ON), "If-Match", caseworker.caseEtag(caseId)));

        // The figures as they stand before: monitoring's statistics, the programme's money, the referrer's figures.
        String statistics = auditor.get("monitoring", "/api/v1/monitoring/statistics").body().toString();
        String money = finance.get("grant", "/api/v1/reports/cases/" + caseId).body().path("totals").toString();
        JsonNode entitlementBefore = finance.get("grant", "/api/v1/entitlements/" + adultEntitlement).body();

        // The concern raised after the return is still open: monitoring says so, and nothing is erased.
        Actor.Reply blocked = dpo.post("case", "/api/v1/cases/" + caseId + "/erasure-requests", body);
        expect(201, blocked);
        String blockedPath = "/api/v1/data-protection/requests/" + blocked.id();
        dpo.awaitGet("case", blockedPath, r -> r.body().path("partsAwaited").isEmpty());
        Actor.Reply refused = releasingDpo.post("case", blockedPath + "/release", null);
        expect(409, refused);
        assertEquals("erasure-blocked", refused.body().path("guard").asText());
        assertEquals(List.of("open-protection-alert"), strings(refused.body().path("blockers")));
        assertEquals(GIVEN_NAME, caseworker.get("case", "/api/v1/cases/" + caseId).body().path("applicant")
                .path("givenName").asText(), "nothing erased");
        String alertId = StreamSupport.stream(caseworker.get("monitoring", "/api/v1/monitoring/alerts?size=100").body()
                .path("items").spliterator(), false).filter(a -> caseId.equals(a.path("caseId").asText()))
                .map(a -> a.path("id").asText()).findFirst().orElseThrow();
        Actor.Reply alert = caseworker.get("monitoring", "/api/v1/monitoring/alerts/" + alertId);
        expect(200, caseworker.post("monitoring", "/api/v1/monitoring/alerts/" + alertId + "/resolution",
                "{\"note\":\"Fictional: the recruiter was arrested\"}", "If-Match", alert.etag()));

        Actor.Reply recorded = dpo.post("case", "/api/v1/cases/" + caseId + "/erasure-requests", body);
        expect(201, recorded);
        String requestPath = "/api/v1/data-protection/requests/" + recorded.id();
        dpo.awaitGet("case", requestPath, r -> r.body().path("partsAwaited").isEmpty());
        expect(403, dpo.post("case", requestPath + "/release", null));
        Actor.Reply released = releasingDpo.post("case", requestPath + "/release", null);
        expect(200, released);
        assertEquals(List.of(), strings(released.body().path("blockers")));
        for (String service : List.of("referral", "grant", "monitoring")) {
            EventLog.Event confirmed = events.await("avrr." + service + ".erasure-answered.v1",
                    e -> recorded.id().equals(e.data().path("requestId").asText())
                            && "ERASED".equals(e.data().path("stage").asText()), timeout());
            assertTrue(confirmed.data().path("erased").asInt() > 0, service + " erased something: " + confirmed);
        }
        Actor.Reply confirmations = dpo.awaitGet("case", requestPath, r -> r.body().path("partsAwaited").isEmpty());
        assertEquals(List.of("referral-service", "grant-service", "monitoring-service"),
                strings(confirmations.body().path("partsReceived")));

        // Each service had published the event key of her subject before its first sealed event about her, and
        // retracts it with the erasure: the broker's copies of her events keep only what no key opens.
        for (String producer : List.of("referral", "case", "grant", "monitoring")) {
            String subject = "referral".equals(producer) ? referralId : caseId;
            String topic = "avrr." + producer + ".keys";
            EventLog.KeyRecord key = events.awaitKey(topic, subject, k -> k.value() != null, timeout());
            assertFalse(key.value().contains(FAMILY_NAME), "a key record names no one");
            events.awaitKey(topic, subject, k -> k.value() == null, timeout());
        }

        // Nothing of her in any service's API, in any database, on any topic; the figures stand.
        List<String> hers = List.of(FAMILY_NAME, CHILD_NAME, SAMORDNINGSNUMMER, "+46 00 000 00 00", "recruiter",
                "sewing course", "settled in with her sister", IDENTIFIED_BY);
        assertNoneIn(caseworker.get("case", "/api/v1/cases/" + caseId).body().toString(), hers, "the case");
        assertNoneIn(caseworker.get("referral", "/api/v1/referrals/" + referralId).body().toString(), hers,
                "the referral");
        assertNoneIn(mission.get("grant", "/api/v1/plans/" + planId).body().toString(), hers, "the plan");
        assertNoneIn(mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId + "/contacts").body().toString(),
                hers, "the contacts");
        for (String database : List.of("referral", "cases", "grants", "monitoring")) {
            assertNoneIn(Stack.get().dump(Stack.DB_PREFIX + database), hers, "database " + database);
            // Her keys are destroyed in every service: whatever a backup kept of her no longer opens.
            String subjects = "'" + caseId + "'" + ("referral".equals(database) ? ", '" + referralId + "'" : "");
            assertEquals("0", Stack.get().query(Stack.DB_PREFIX + database, "SELECT count(*) FROM keystore.subject_key "
                    + "WHERE subject IN (" + subjects + ")").trim(), "a key of hers in " + database);
            assertEquals("referral".equals(database) ? "2" : "1", Stack.get().query(Stack.DB_PREFIX + database,
                    "SELECT count(*) FROM subject_key_destroyed WHERE subject IN (" + subjects + ")").trim(),
                    "her keys destroyed in " + database);
        }
        for (EventLog.Event e : events.all()) {
            assertNoneIn(e.json().toString(), hers, e.type());
        }
        assertEquals(statistics, auditor.get("monitoring", "/api/v1/monitoring/statistics").body().toString(),
                "monitoring's statistics unchanged");
        assertEquals(money, finance.get("grant", "/api/v1/reports/cases/" + caseId).body().path("totals").toString(),
                "the case's money unchanged");
        JsonNode entitlementAfter = finance.get("grant", "/api/v1/entitlements/" + adultEntitlement).body();
        assertEquals(entitlementBefore.path("available"), entitlementAfter.path("available"), "the ledger balances");
        assertEquals(entitlementBefore.path("categories"), entitlementAfter.path("categories"));

        // Her export now answers that her data were erased.
        Actor.Reply export = dpo.post("case", "/api/v1/cases/" + caseId + "/access-requests", body);
        expect(409, export);
        assertEquals("erased", export.body().path("guard").asText());
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void assertNoneIn(String text, List<String> values, String where) {
        for (String value : values) {
            assertFalse(text.contains(value), where + " still holds a value of hers");
        }
    }

    @Test
    @Order(17)
    void everyEventValidNoneDeadLettered() throws Exception {
        // ---- the events: each valid against the AsyncAPI document, none dead-lettered, every step announced ----
        assertEquals(List.of(), events.violations(), "events that break the AsyncAPI document");
        assertEquals(List.of(), events.deadLetters(), "dead letters");
        List<EventLog.Event> ours = events.all().stream().filter(e -> keys.contains(e.key())).toList();
        Set<String> seen = new TreeSet<>();
        ours.forEach(e -> seen.add(e.type()));
        for (String type : List.of("avrr.referral.submitted.v1", "avrr.referral.approved-by-coordinator.v1",
                "avrr.referral.accepted.v1", "avrr.referral.application-signed.v1", "avrr.case.registered.v1",
                "avrr.case.approved.v1", "avrr.case.eligibility-assessed.v1", "avrr.case.travel-scheduled.v1",
                "avrr.case.departed.v1", "avrr.case.return-completed.v1", "avrr.grant.allocated.v1",
                "avrr.grant.conversion-made.v1", "avrr.grant.plan-approved.v1", "avrr.grant.disbursement-approved.v1",
                "avrr.grant.disbursement-paid.v1", "avrr.monitoring.started.v1", "avrr.monitoring.contact-made.v1",
                "avrr.monitoring.completed.v1", "avrr.monitoring.alert-raised.v1",
                "avrr.monitoring.feedback-shared.v1", "avrr.referral.work-item-opened.v1",
                "avrr.case.person-rectified.v1", "avrr.case.access-requested.v1",
                "avrr.referral.access-part-assembled.v1", "avrr.grant.access-part-assembled.v1",
                "avrr.monitoring.access-part-assembled.v1", "avrr.case.erasure-requested.v1",
                "avrr.case.erasure-released.v1", "avrr.referral.erasure-answered.v1",
                "avrr.grant.erasure-answered.v1", "avrr.monitoring.erasure-answered.v1",
                "avrr.grant.work-item-opened.v1")) {
            assertTrue(seen.contains(type), "no " + type + " for this case; seen " + seen);
        }
        List<EventLog.Event> allocations = ours.stream().filter(e -> e.type().equals("avrr.grant.allocated.v1"))
                .toList();
        assertEquals(2, allocations.size(), "one entitlement per beneficiary");
        for (EventLog.Event e : allocations) {
            // The package (35,000 NOK, the categories of the trafficking programme) travels sealed; finance reads it.
            assertTrue(e.data().path("personal").isTextual(), "the package travels sealed");
            assertFalse(e.data().has("total") || e.data().has("categories"), e.json().toString());
            Actor.Reply entitlement = finance.get("grant", "/api/v1/entitlements/"
                    + e.data().path("entitlementId").asText());
            assertEquals(200, entitlement.status());
            assertEquals("35000.00", entitlement.body().path("allocated").path("amount").asText(),
                    entitlement.body().toString());
        }
        assertEquals(4, ours.stream().filter(e -> e.type().equals("avrr.monitoring.contact-made.v1")).count(),
                "one milestone per contact that reached the returnee");
        for (EventLog.Event e : ours) {
            assertNoPersonIn(e.json().toString(), e.type());
        }
    }

    // ---- the request bodies ----

    private static String referral() {
        return """
                {"jurisdiction":"SE","coordinatorOrg":"%s",
                 "person":{"givenName":"%s","familyName":"%s","dateOfBirth":"1970-10-03","sex":"FEMALE",
                   "nationality":"NG","countryOfReturn":"%s","languages":["en"],"interpreterNeeded":false,
                   "contact":{"phone":"+46 00 000 00 00"},
                   "identifiers":[{"type":"SAMORDNINGSNUMMER","value":"%s"}],
                   "household":[{"givenName":"%s","familyName":"%s","dateOfBirth":"2017-05-14","relation":"CHILD",
                                 "sex":"MALE"}]},
                 "vulnerability":{"categories":["VICTIM_OF_TRAFFICKING_ADULT"],"traffickingIdentifiedBy":"%s",
                   "referralReason":"Wants to go home with her son","notes":"%s"},
                 "consents":[%s,%s,%s,%s],
                 "submit":false}""".formatted(COORDINATOR_ORG, GIVEN_NAME, FAMILY_NAME, COUNTRY, SAMORDNINGSNUMMER,
                CHILD_NAME, FAMILY_NAME, IDENTIFIED_BY, NOTES, consent("SHARE_WITH_COORDINATOR", COORDINATOR_ORG),
                consent("SHARE_WITH_IOM", IOM_HELSINKI), consent("FEEDBACK_TO_REFERRER", PARTNER_ORG),
                consent("FEEDBACK_TO_REFERRER", COORDINATOR_ORG));
    }

    private static String consent(String purpose, String recipient) {
        return "{\"purpose\":\"%s\",\"recipientOrg\":\"%s\",\"language\":\"en\",\"interpreterUsed\":false}"
                .formatted(purpose, recipient);
    }

    /** Lines of activity, description, provider and amount, all on business start-up. */
    private static String plan(String[]... lines) {
        StringBuilder json = new StringBuilder("{\"notes\":\"A tailoring shop in her home town\",\"lines\":[");
        for (int i = 0; i < lines.length; i++) {
            json.append(i == 0 ? "" : ",").append("""
                    {"category":"EDUCATION_BUSINESS_EMPLOYMENT","activity":"%s","description":"%s",
                     "provider":{"name":"%s"},"amount":{"amount":"%s","currency":"NOK"}}"""
                    .formatted(lines[i][0], lines[i][1], lines[i][2], lines[i][3]));
        }
        return json.append("]}").toString();
    }

    private static String booking() {
        return """
                {"departureDate":"%s","from":"ARN","to":"LOS","transitPoints":["AMS"],"ticketReference":"E2E-SE-0001"}"""
                .formatted(TODAY);
    }

    private static String conversion(String amount) {
        return """
                {"from":"ACCOMMODATION","to":"EDUCATION_BUSINESS_EMPLOYMENT","amount":{"amount":"%s","currency":"NOK"},
                 "reason":"Lives with her sister's family; the money goes to the shop"}""".formatted(amount);
    }

    // ---- the checks ----

    /** The victims-of-trafficking package (docs/domain.md#the-victims-of-trafficking-package) for one beneficiary, category by category, as the grant docs state it. */
    private static void assertPackage(JsonNode e, String relation, boolean minor, String subsistenceForm) {
        assertEquals("SWEDISH_AVRR", e.path("programme").asText(), e.toString());
        assertEquals(1, e.path("programmeVersion").asInt());
        assertEquals("NOK", e.path("currency").asText());
        assertEquals(relation, e.path("relation").asText());
        assertEquals(minor, e.path("minor").asBoolean());
        assertFalse(e.path("stopped").asBoolean());
        assertEquals("35000.00", e.path("allocated").path("amount").asText());
        assertEquals("35000.00", e.path("available").path("amount").asText());
        assertEquals(List.of("ACCOMMODATION", "EDUCATION_BUSINESS_EMPLOYMENT", "MEDICAL_AID", "SUBSISTENCE"),
                texts(e.path("categories"), "code"));
        assertEquals(List.of("IN_KIND", "IN_KIND", "IN_KIND", subsistenceForm), texts(e.path("categories"), "form"));
        // Accommodation and medical aid are needs-based; medical aid needs a physician's description of the needs.
        assertEquals(List.of("true", "false", "true", "false"), texts(e.path("categories"), "needsBased"));
        assertEquals("PHYSICIAN_STATEMENT", category(e, "MEDICAL_AID").path("evidenceRequired").asText());
        List<String> amounts = List.of("5000.00", "25000.00", "2000.00", "3000.00");
        for (int i = 0; i < 4; i++) {
            assertFigures(e.path("categories").path(i), amounts.get(i), "0.00", "0.00", "0.00", "0.00", amounts.get(i));
        }
    }

    private static void assertFigures(JsonNode category, String allocated, String convertedIn, String convertedOut,
            String reserved, String disbursed, String available) {
        List<String> actual = new ArrayList<>();
        for (String figure : List.of("allocated", "convertedIn", "convertedOut", "reserved", "disbursed", "available")) {
            assertEquals("NOK", category.path(figure).path("currency").asText(), figure + " of " + category);
            actual.add(category.path(figure).path("amount").asText());
        }
        assertEquals(List.of(allocated, convertedIn, convertedOut, reserved, disbursed, available), actual,
                "allocated, converted in, converted out, reserved, disbursed, available of " + category.path("code"));
    }

    /**
     * The timeline as one reader sees it: exactly the expected entries in order, each with nothing but its kind,
     * code, label, the referral's status for a step, the time and, for a step, who took it.
     */
    private static void assertSanitisedTimeline(Actor reader, String referralId, JsonNode timeline,
            List<List<String>> expected) {
        String who = reader.role + " " + reader.org;
        assertEquals(Set.of("referralId", "feedback", "entries"), fieldNames(timeline), who + ": " + timeline);
        assertEquals(referralId, timeline.path("referralId").asText());
        assertEquals("STANDING", timeline.path("feedback").asText(), who);
        List<List<String>> actual = new ArrayList<>();
        String previous = "";
        for (JsonNode entry : timeline.path("entries")) {
            boolean step = "STATUS".equals(entry.path("kind").asText());
            Set<String> fields = step ? Set.of("kind", "code", "label", "status", "at", "byOrg")
                    : Set.of("kind", "code", "label", "at");
            assertEquals(fields, fieldNames(entry), who + ": an entry carries more than it may: " + entry);
            String at = entry.path("at").asText();
            assertTrue(previous.isEmpty() || java.time.OffsetDateTime.parse(previous)
                    .compareTo(java.time.OffsetDateTime.parse(at)) <= 0, who + ": entries in order of time");
            previous = at;
            actual.add(List.of(entry.path("kind").asText(), entry.path("code").asText(), entry.path("label").asText(),
                    entry.path("byOrg").asText("")));
        }
        assertEquals(expected, actual, who + "'s timeline");
        assertEquals(List.of("DRAFT", "AWAITING_COORDINATOR", "APPROVED_BY_COORDINATOR", "ACCEPTED", "ACCEPTED"),
                StreamSupport.stream(timeline.path("entries").spliterator(), false)
                        .filter(e -> e.has("status")).map(e -> e.path("status").asText()).toList(), who);
        assertNoPersonIn(timeline.toString(), who + "'s timeline");
    }

    /** No name, identifier, date of birth, vulnerability, note, amount or case-internal id in the text. */
    private static void assertNoPersonIn(String text, String where) {
        for (String secret : List.of(GIVEN_NAME, FAMILY_NAME, CHILD_NAME, SAMORDNINGSNUMMER, "7010632391",
                "1970-10-03", "2017-05-14", IDENTIFIED_BY, NOTES, "TRAFFICKING", "+46 00")) {
            assertFalse(text.contains(secret), where + " shows " + secret + ": " + text);
        }
    }

    private static Duration timeout() {
        return Duration.ofSeconds(30);
    }

    private JsonNode awaitEntitlements(String caseId) throws InterruptedException {
        return caseworker.awaitGet("grant", "/api/v1/cases/" + caseId + "/entitlements",
                r -> r.status() == 200 && r.body().size() == 2).body();
    }

    private static JsonNode entitlementOf(JsonNode entitlements, String beneficiaryId) {
        for (JsonNode e : entitlements) {
            if (beneficiaryId.equals(e.path("beneficiaryId").asText())) {
                return e;
            }
        }
        throw new AssertionError("no entitlement for beneficiary " + beneficiaryId + ": " + entitlements);
    }

    private static JsonNode rule(JsonNode results, String rule) {
        for (JsonNode r : results) {
            if (rule.equals(r.path("rule").asText())) {
                return r;
            }
        }
        throw new AssertionError("no rule " + rule + " in " + results);
    }

    /** A service's part of an access package. */
    private static JsonNode part(JsonNode services, String service) {
        for (JsonNode part : services) {
            if (service.equals(part.path("service").asText())) {
                return part;
            }
        }
        throw new AssertionError("no part of " + service + " in " + services);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
