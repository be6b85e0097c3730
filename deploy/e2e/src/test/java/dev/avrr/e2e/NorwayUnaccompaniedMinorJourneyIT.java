package dev.avrr.e2e;

import static dev.avrr.e2e.Checks.assertMoney;
import static dev.avrr.e2e.Checks.category;
import static dev.avrr.e2e.Checks.downloads;
import static dev.avrr.e2e.Checks.expect;
import static dev.avrr.e2e.Checks.expectProblem;
import static dev.avrr.e2e.Checks.money;
import static dev.avrr.e2e.Checks.ofCase;
import static dev.avrr.e2e.Checks.ofReferral;
import static dev.avrr.e2e.Checks.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Norway, an unaccompanied minor (docs/domain.md#the-norwegian-route, #return-counselling-in-reception-centres), through HTTP only, across the four services: the reception
 * centre's counsellor holds the mandatory return conversation after UNE's rejection, the centre refers the boy to
 * IOM Oslo, UDI rejects the application for assisted return and UNE overturns it on appeal — the rejection's reason
 * reaching UDI only — family tracing and an escort let him travel, the 42,000 NOK vulnerable groups package is
 * allocated with his subsistence in kind, and the mission in Ethiopia follows him up on the programme's schedule.
 */
@ExtendWith({ Stack.class, JourneySteps.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NorwayUnaccompaniedMinorJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** The reception centre for unaccompanied minors: its counsellors (docs/domain.md#return-counselling-in-reception-centres) and, as a partner, its referrals. */
    private static final String CENTRE = "mottak-fiktivby";
    private static final String COUNTRY = "ET";

    /** The services judge dates by UTC (the platform's Now.today()); so does the test. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Sixteen today: a minor on every date of the journey (assessment, travel, arrival, allocation). */
    private static final LocalDate BORN = TODAY.minusYears(16).minusDays(40);
    /** His DUF number (fictional, with valid check digits). */
    private static final String DUF = "200205705502";
    private static final byte[] APPLICATION = Checks.fictionalPdf("signed AVRR application of Testo Fiktivsen");
    private static final byte[] STATEMENT = Checks.fictionalJpeg("physician statement of Testo Fiktivsen");

    private final Actor counsellor = Actor.of("counsellor", CENTRE);
    private final Actor partner = Actor.of("partner", CENTRE);
    private final Actor caseworker = Actor.of("caseworker", "iom-oslo");
    private final Actor udi = Actor.of("udi", "udi");
    private final Actor mission = Actor.mission("iom-mission-et", COUNTRY);
    private final Actor finance = Actor.of("finance", "iom-finance");

    // What the steps share: the ids and answers earlier steps created.
    private EventLog events;
    private String residentId;
    private String referralId;
    private String caseId;
    private String applicationDocument;
    private String statementDocument;
    private String reason;
    private String legalBasis;
    private EventLog.Event allocated;
    private String entitlementId;
    private String planId;
    private String foodLine;

    @Test
    @Order(1)
    void counsellorHoldsTheMandatoryReturnConversation() throws Exception {
        events = Stack.get().events;

        // ---- docs/domain.md#mandatory-return-conversations: the reception centre registers the minor and holds the mandatory return conversation ----
        Actor.Reply resident = counsellor.post("referral", "/api/v1/counselling/residents", """
                {"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"%s","sex":"MALE","nationality":"ET"}"""
                .formatted(BORN));
        expect(201, resident);
        assertTrue(resident.body().path("minor").asBoolean(), "the centre's resident is flagged a minor");
        residentId = resident.id();

        // UNE's final rejection of his asylum appeal came three weeks ago and the conversation a week after it: the
        // trigger and the conversation are facts, dated in the past; a conversation is held on or after the decision.
        LocalDate uneRejectedAsylum = TODAY.minusDays(21);
        Actor.Reply trigger = counsellor.post("referral", "/api/v1/counselling/residents/" + residentId + "/triggers",
                "{\"kind\":\"UNE_REJECTION\",\"decidedOn\":\"%s\"}".formatted(uneRejectedAsylum));
        expect(201, trigger);
        Actor.Reply owed = counsellor.get("referral", "/api/v1/counselling/mandatory-conversations-owed");
        expect(200, owed);
        assertTrue(ids(owed.body(), "resident").contains(residentId), "a conversation is owed after UNE's rejection");

        Actor.Reply conversation = counsellor.post("referral",
                "/api/v1/counselling/residents/" + residentId + "/conversations", """
                {"heldOn":"%s","form":"FORMAL","triggerId":"%s","interpreterUsed":true,"interpreterLanguage":"am",
                 "outcome":"WANTS_TO_APPLY_TO_IOM","notes":"Wants to go back to his mother (fictional)"}"""
                        .formatted(uneRejectedAsylum.plusDays(7), trigger.id()));
        expect(201, conversation);
        assertEquals(trigger.id(), conversation.body().path("triggerId").asText());
        owed = counsellor.get("referral", "/api/v1/counselling/mandatory-conversations-owed");
        expect(200, owed);
        assertFalse(ids(owed.body(), "resident").contains(residentId), "the mandatory conversation was held");
    }

    @Test
    @Order(2)
    void centreRefersHimToIomOsloWithHisConsents() throws Exception {
        // ---- The centre, as a partner, refers him to IOM Oslo with his consents ----
        Actor.Reply referral = partner.post("referral", "/api/v1/referrals", """
                {"jurisdiction":"NO",
                 "person":{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"%s","sex":"MALE",
                   "nationality":"ET","countryOfReturn":"ET","languages":["am"],"interpreterNeeded":true,
                   "contact":{"phone":"+47 900 00 016"},"identifiers":[{"type":"DUF_NUMBER","value":"%s"}]},
                 "vulnerability":{"categories":["UNACCOMPANIED_MINOR"],
                   "referralReason":"Unaccompanied minor who wants to return to his family (fictional)"},
                 "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true},
                             {"purpose":"FEEDBACK_TO_REFERRER","language":"am","interpreterUsed":true}]}"""
                .formatted(BORN, DUF), "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, referral);
        assertEquals("SUBMITTED", referral.body().path("status").asText(), "a partner's referral is submitted at once");
        referralId = referral.id();
        // (A referral submitted by its create is not announced as avrr.referral.submitted.v1 — referral-service
        // announces only its own submission call — so the step is read back from the referral's history.)
        Actor.Reply steps = partner.get("referral", "/api/v1/referrals/" + referralId + "/history");
        expect(200, steps);
        assertEquals(List.of("REGISTERED", "SUBMITTED"), field(steps.body(), "step"));
        expect(201, counsellor.post("referral", "/api/v1/counselling/residents/" + residentId + "/outcomes",
                "{\"kind\":\"APPLIED_TO_IOM\",\"occurredOn\":\"%s\"}".formatted(TODAY)));
    }

    @Test
    @Order(3)
    void iomOsloAcceptsAndTheCaseIsRegistered() throws Exception {
        // ---- IOM Oslo accepts; case-service registers the case from the event ----
        Actor.Reply accepted = caseworker.post("referral", "/api/v1/referrals/" + referralId + "/acceptance", null);
        expect(200, accepted);
        assertEquals("ACCEPTED", accepted.body().path("status").asText());
        events.await("avrr.referral.accepted.v1", ofReferral(referralId), WAIT);

        Actor.Reply found = caseworker.awaitGet("case", "/api/v1/cases?referralId=" + referralId,
                r -> r.status() == 200 && r.body().path("totalItems").asInt() == 1);
        caseId = found.body().path("items").get(0).path("id").asText();
        events.await("avrr.case.registered.v1", ofCase(caseId), WAIT);
        JsonNode registered = caseworker.readCase(caseId).body();
        assertEquals("REGISTERED", registered.path("status").asText());
        assertEquals("VULNERABLE_GROUPS", registered.path("programme").asText(), "a minor's referral: the vulnerable-groups programme");
        assertEquals("iom-oslo", registered.path("office").asText());
        assertEquals(CENTRE, registered.path("referringOrg").asText());
        assertEquals(COUNTRY, registered.path("countryOfReturn").asText());
        assertEquals(BORN.toString(), registered.path("applicant").path("dateOfBirth").asText());
        // The case holds no consent the boy did not give; the caseworker records his consent to share for the
        // return (the mission, carriers, the escort) from his application.
        assertEquals(0, registered.path("consents").size(), "no consent created by the system: " + registered);

        // IOM Oslo finds him by his name misspelled (with his date of birth) and by his DUF number, written with a
        // space; the criteria travel in the body. The mission, before the handover, finds nobody.
        for (String criteria : List.of("{\"name\":\"Testo Fiktivssen\",\"dateOfBirth\":\"%s\"}".formatted(BORN),
                "{\"identifier\":{\"type\":\"DUF_NUMBER\",\"value\":\"2002 0570 5502\"}}")) {
            Actor.Reply searched = caseworker.post("case", "/api/v1/cases/searches", criteria);
            expect(200, searched);
            List<String> ids = new ArrayList<>();
            searched.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
            assertEquals(List.of(caseId), ids, criteria);
            Actor.Reply missionSearched = mission.post("case", "/api/v1/cases/searches", criteria);
            expect(200, missionSearched);
            assertEquals(0, missionSearched.body().path("totalItems").asInt(), "the mission before the handover");
        }
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/consents",
                "{\"purpose\":\"SHARE_FOR_RETURN\",\"givenOn\":\"%s\",\"language\":\"am\",\"interpreterUsed\":true}"
                        .formatted(TODAY)));
    }

    @Test
    @Order(4)
    void eligibleAsAnUnaccompaniedMinor() throws Exception {
        // ---- Eligibility: an unaccompanied minor ----
        Actor.Reply assessed = caseworker.post("case", "/api/v1/cases/" + caseId + "/eligibility-assessment", """
                {"assessedOn":"%s","arrival":{"withoutParentOrLegalGuardian":true,"arrivedOn":"%s"},
                 "note":"Assessed with an Amharic interpreter (fictional)"}""".formatted(TODAY, TODAY.minusYears(1)));
        expect(200, assessed);
        JsonNode eligibility = assessed.body().path("eligibility");
        assertEquals("ELIGIBILITY_ASSESSED", assessed.body().path("status").asText());
        assertTrue(eligibility.path("eligible").asBoolean(), "eligible for the vulnerable groups programme");
        assertEquals(16, eligibility.path("ageOnAssessment").asInt());
        assertTrue(ruleMet(eligibility, "UNACCOMPANIED_MINOR"), "the unaccompanied minor rule is met: " + eligibility);
        events.await("avrr.case.eligibility-assessed.v1", ofCase(caseId), WAIT);
    }

    @Test
    @Order(5)
    void applicationGoesToUdiSignedAndWithConsent() throws Exception {
        // ---- The application goes to UDI only when signed and with his consent to share with UDI ----
        Actor.Reply early = caseworker.post("case", "/api/v1/cases/" + caseId + "/udi-submission", null);
        expectProblem(409, "state-conflict", early);
        assertEquals("application-not-signed", early.body().path("guard").asText());
        assertEquals(List.of("application-not-signed", "udi-consent-missing"), texts(early.body().path("failedGuards")));
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/signed-application",
                "{\"signedOn\":\"%s\",\"attachments\":1}".formatted(TODAY)));
        // The signed application and the physician's statement of his health, kept with the case, sealed.
        Actor.Reply application = caseworker.addDocument("case", casePath(), "SIGNED_APPLICATION", APPLICATION);
        expect(201, application);
        applicationDocument = application.id();
        Actor.Reply statement = caseworker.addDocument("case", casePath(), "PHYSICIAN_STATEMENT", STATEMENT);
        expect(201, statement);
        assertEquals("image/jpeg", statement.body().path("mediaType").asText(), "told from the content");
        statementDocument = statement.id();
        downloads(caseworker, "case", casePath(), applicationDocument, "application/pdf", APPLICATION);
        downloads(caseworker, "case", casePath(), statementDocument, "image/jpeg", STATEMENT);
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/consents",
                "{\"purpose\":\"SHARE_WITH_UDI\",\"givenOn\":\"%s\",\"language\":\"am\",\"interpreterUsed\":true}"
                        .formatted(TODAY)));
        Actor.Reply submitted = caseworker.post("case", "/api/v1/cases/" + caseId + "/udi-submission", null);
        expect(200, submitted);
        assertEquals("SUBMITTED_TO_UDI", submitted.body().path("status").asText());
    }

    @Test
    @Order(6)
    void udiRejectsWithAReasonOnlyUdiReads() throws Exception {
        // ---- UDI rejects, with a reason that is the applicant's and UDI's only (docs/domain.md#udi-decisions) ----
        reason = "Fiktiv avslagsgrunn " + UUID.randomUUID();
        legalBasis = "Fiktiv hjemmel " + UUID.randomUUID();
        Actor.Reply rejected = udi.post("case", "/api/v1/cases/" + caseId + "/udi-decision", """
                {"outcome":"REJECTED","decidedOn":"%s","reason":"%s","legalBasis":"%s"}"""
                .formatted(TODAY, reason, legalBasis));
        expect(200, rejected);
        assertEquals("UDI_REJECTED", rejected.body().path("status").asText());
        events.await("avrr.case.udi-decision-recorded.v1",
                ofCase(caseId).and(e -> "REJECTED".equals(e.data().path("outcome").asText())), WAIT);

        // UDI reads its decision in full.
        Actor.Reply udiView = udi.get("case", "/api/v1/cases/" + caseId);
        expect(200, udiView);
        JsonNode udiDecision = udiView.body().path("decisions").get(0).path("value");
        assertEquals("REJECTED", udiDecision.path("outcome").asText());
        assertEquals(reason, udiDecision.path("reason").asText());
        assertEquals(legalBasis, udiDecision.path("legalBasis").asText());

        // UDI reads the signed application it decides on, never the physician's statement.
        Actor.Reply udiDocuments = udi.get("case", casePath() + "/documents");
        expect(200, udiDocuments);
        assertEquals(List.of("SIGNED_APPLICATION"), udiDocuments.body().findValuesAsText("kind"));
        downloads(udi, "case", casePath(), applicationDocument, "application/pdf", APPLICATION);
        assertEquals(404, udi.download("case", casePath(), statementDocument).status());

        // The caseworker: the case, its history and its list answer 200, with outcome and date only.
        Actor.Reply cwCase = caseworker.readCase(caseId);
        hidesReason(cwCase, 200, reason, legalBasis);
        JsonNode decisionSummary = cwCase.body().path("udi").path("decisions").get(0);
        assertEquals("REJECTED", decisionSummary.path("outcome").asText());
        assertEquals(TODAY.toString(), decisionSummary.path("decidedOn").asText());
        assertEquals(List.of("decidedOn", "outcome", "stage"), fieldNames(decisionSummary));
        hidesReason(caseworker.get("case", "/api/v1/cases/" + caseId + "/history"), 200, reason, legalBasis);
        hidesReason(caseworker.get("case", "/api/v1/cases?size=100"), 200, reason, legalBasis);
        hidesReason(caseworker.get("referral", "/api/v1/referrals/" + referralId), 200, reason, legalBasis);

        // The partner: its timeline shows that UDI decided, and the outcome, never why; case-service is not its
        // (403, as the docs say: the partner's view is referral-service's timeline); its referral shows status only.
        Actor.Reply timeline = partner.awaitGet("referral", "/api/v1/referrals/" + referralId + "/timeline",
                r -> r.status() == 200 && milestone(r.body(), "UDI_DECISION_MADE") != null);
        hidesReason(timeline, 200, reason, legalBasis);
        JsonNode udiMilestone = milestone(timeline.body(), "UDI_DECISION_MADE");
        assertEquals("REJECTED", udiMilestone.path("outcome").asText());
        assertEquals("UDI", udiMilestone.path("stage").asText());
        hidesReason(partner.get("referral", "/api/v1/referrals/" + referralId), 200, reason, legalBasis);
        hidesReason(partner.get("referral", "/api/v1/referrals/" + referralId + "/history"), 200, reason, legalBasis);
        hidesReason(partner.get("case", "/api/v1/cases/" + caseId), 403, reason, legalBasis);

        // The mission: before the handover the case is not its own (404), and its list does not hold it.
        hidesReason(mission.get("case", "/api/v1/cases/" + caseId), 404, reason, legalBasis);
        Actor.Reply missionList = mission.get("case", "/api/v1/cases?size=100");
        hidesReason(missionList, 200, reason, legalBasis);
        assertFalse(ids(missionList.body().path("items"), null).contains(caseId));
    }

    @Test
    @Order(7)
    void uneOverturnsTheRejectionOnAppeal() throws Exception {
        // ---- Appeal to UNE, and UNE overturns the rejection ----
        Actor.Reply appealed = udi.post("case", "/api/v1/cases/" + caseId + "/une-appeal",
                "{\"appealedOn\":\"%s\"}".formatted(TODAY));
        expect(200, appealed);
        assertEquals("APPEALED_TO_UNE", appealed.body().path("status").asText());
        Actor.Reply overturned = udi.post("case", "/api/v1/cases/" + caseId + "/une-decision", """
                {"outcome":"APPROVED","decidedOn":"%s","legalBasis":"Utlendingsforskriften (fictional basis)"}"""
                .formatted(TODAY));
        expect(200, overturned);
        assertEquals("UDI_APPROVED", overturned.body().path("status").asText());
        EventLog.Event approved = events.await("avrr.case.approved.v1", ofCase(caseId), WAIT);
        assertEquals("UNE", approved.data().path("basis").asText());
        // A household of one aged 16 is a child alone: the ages travel sealed (grant-service finds him a minor and
        // monitoring-service files him as MINOR, below).
        assertTrue(approved.data().path("household").isMissingNode(), "no household in clear");
        assertTrue(approved.data().path("personal").isTextual(), "the programme and household sealed");
        EventLog.Event une = events.await("avrr.case.udi-decision-recorded.v1",
                ofCase(caseId).and(e -> "UNE".equals(e.data().path("stage").asText())), WAIT);
        assertEquals("APPROVED", une.data().path("outcome").asText());
    }

    @Test
    @Order(8)
    void grantAllocatedAndMissionDraftsThePlan() throws Exception {
        // ---- grant-service allocates on the approval; the mission drafts the plan with him before travel ----
        // (case-service's gate needs a plan grant-service approved before booking: Återintegrationsplan precedes
        // travel; the in-kind support on it is paid after the arrival).
        allocated = events.await("avrr.grant.allocated.v1", ofCase(caseId), WAIT);
        entitlementId = allocated.data().path("entitlementId").asText();
        // Before the handover the mission sees nothing of the case anywhere.
        expect(404, mission.get("grant", "/api/v1/entitlements/" + entitlementId));
        expect(404, mission.get("grant", "/api/v1/cases/" + caseId + "/entitlements"));
        expect(404, mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId));
        // IOM Oslo hands the case over to the mission in Ethiopia: every service learns it from case-service.
        Actor.Reply handedOver = caseworker.post("case", "/api/v1/cases/" + caseId + "/mission-handover", null,
                "If-Match", caseworker.caseEtag(caseId));
        expect(200, handedOver);
        EventLog.Event sharing = events.await("avrr.case.sharing-changed.v1",
                ofCase(caseId).and(e -> e.data().path("handedOverToMission").asBoolean()), WAIT);
        assertTrue(sharing.data().path("shareForReturn").asBoolean());
        mission.awaitGet("grant", "/api/v1/entitlements/" + entitlementId, r -> r.status() == 200);
        mission.awaitGet("monitoring", "/api/v1/monitoring/cases/" + caseId, r -> r.status() == 200);
        Actor.Reply plan = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/plans", """
                {"notes":"Lives with his mother; back to school (fictional)",
                 "lines":[{"category":"SUBSISTENCE","activity":"FOOD","description":"Food for the first two months",
                           "provider":{"name":"Fiktiv Matbutikk","reference":"ACC-E2E-FOOD"},
                           "amount":{"amount":"2000.00","currency":"NOK"}},
                          {"category":"EDUCATION_BUSINESS","activity":"SCHOOL_FEES","description":"A year of school",
                           "provider":{"name":"Fiktiv Skole","reference":"ACC-E2E-SCHOOL"},
                           "amount":{"amount":"6000.00","currency":"NOK"}}]}""");
        expect(201, plan);
        planId = plan.id();
        assertEquals("DRAFT", plan.body().path("status").asText());
    }

    @Test
    @Order(9)
    void preparationsNeedsPlanTracingEscort() throws Exception {
        // ---- Preparations: needs, plan reference, family tracing, escort ----
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/needs-inventory", """
                {"needs":[{"category":"EDUCATION_OR_LIVELIHOOD","description":"Back to school"},
                          {"category":"SUBSISTENCE","description":"Food and clothes for the first months"}],
                 "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Ethiopia (fictional)",
                 "assessedOn":"%s"}""".formatted(TODAY), "If-Match", caseworker.caseEtag(caseId)));
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/reintegration-plan",
                "{\"planId\":\"%s\",\"draftedOn\":\"%s\"}".formatted(planId, TODAY), "If-Match", caseworker.caseEtag(caseId)));
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/family-tracing", """
                {"outcome":"FAMILY_FOUND","receiver":{"name":"Testina Fiktivsen","relationToChild":"mother"},
                 "bestInterests":{"returnInChildsBestInterest":true,"decidedOn":"%s",
                                  "decidedBy":"Barnevernet (fictional)"},
                 "completedOn":"%s"}""".formatted(TODAY, TODAY), "If-Match", caseworker.caseEtag(caseId)));
        Actor.Reply arranged = caseworker.put("case", "/api/v1/cases/" + caseId + "/travel-arrangements", """
                {"travelDocument":{"status":"OBTAINED","type":"EMERGENCY_TRAVEL_DOCUMENT"},
                 "escort":{"arranged":true,"kind":"IOM_STAFF"},"transitAssistance":true,"arrivalAssistance":true,
                 "medicalEscort":{"needed":false,"arranged":false}}""", "If-Match", caseworker.caseEtag(caseId));
        expect(200, arranged);
        JsonNode ready = arranged.body();
        assertEquals("FAMILY_FOUND", ready.path("familyTracing").path("value").path("outcome").asText());
        assertTrue(ready.path("familyTracing").path("value").path("bestInterests").path("returnInChildsBestInterest")
                .asBoolean());
        assertTrue(ready.path("travel").path("arrangements").path("value").path("escort").path("arranged").asBoolean());
        assertEquals(planId, ready.path("reintegrationPlan").path("planId").asText());
        assertTrue(ready.path("reintegrationPlan").path("approvedAt").isMissingNode(), "drafted, not approved");

        // The reference typed in does not open travel: the plan must be one grant-service approved for the case.
        Actor.Reply tooEarly = caseworker.post("case", "/api/v1/cases/" + caseId + "/travel-booking", booking());
        expect(409, tooEarly);
        assertEquals("plan-not-approved", tooEarly.body().path("guard").asText(), tooEarly.toString());

        // The mission submits the plan it drafted with him; IOM Oslo's caseworker approves it; case-service learns
        // it from grant-service's announcement.
        Actor.Reply planSubmitted = mission.post("grant", "/api/v1/plans/" + planId + "/submission", null);
        expect(200, planSubmitted);
        assertEquals("SUBMITTED", planSubmitted.body().path("status").asText());
        Actor.Reply planApproved = caseworker.post("grant", "/api/v1/plans/" + planId + "/approval", null);
        expect(200, planApproved);
        assertEquals("APPROVED", planApproved.body().path("status").asText());
        events.await("avrr.grant.plan-approved.v1", ofCase(caseId), WAIT);
        caseworker.awaitGet("case", "/api/v1/cases/" + caseId,
                r -> r.body().path("reintegrationPlan").path("approvedAt").isTextual());
        String schoolLine = null;
        for (JsonNode line : planApproved.body().path("lines")) {
            if ("FOOD".equals(line.path("activity").asText())) {
                foodLine = line.path("id").asText();
            } else if ("SCHOOL_FEES".equals(line.path("activity").asText())) {
                schoolLine = line.path("id").asText();
            }
        }
        assertNotNull(foodLine, "the plan's subsistence line");
        assertNotNull(schoolLine, "the plan's school line");

        // Money waits for the journey: before he has left, neither his school fees (after the arrival) nor his
        // subsistence (from the departure) may be requested, and a refusal reserves nothing.
        Actor.Reply fees = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/disbursements", """
                {"category":"EDUCATION_BUSINESS","planLineId":"%s",
                 "payee":{"type":"VENDOR","name":"Fiktiv Skole","account":"ACC-E2E-SCHOOL"},
                 "amount":{"amount":"6000.00","currency":"NOK"}}""".formatted(schoolLine),
                "Idempotency-Key", UUID.randomUUID().toString());
        expectProblem(422, "business-rule", fees);
        assertEquals("payable-after-arrival", fees.body().path("rule").asText(), fees.toString());
        Actor.Reply food = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/disbursements", """
                {"category":"SUBSISTENCE","planLineId":"%s",
                 "payee":{"type":"VENDOR","name":"Fiktiv Matbutikk","account":"ACC-E2E-FOOD"},
                 "amount":{"amount":"2000.00","currency":"NOK"}}""".formatted(foodLine),
                "Idempotency-Key", UUID.randomUUID().toString());
        expectProblem(422, "business-rule", food);
        assertEquals("payable-from-departure", food.body().path("rule").asText(), food.toString());
        assertMoney("24000.00", category(readEntitlement(entitlementId), "EDUCATION_BUSINESS").path("available"));
        assertMoney("8000.00", category(readEntitlement(entitlementId), "SUBSISTENCE").path("available"));
    }

    private static String booking() {
        return """
                {"departureDate":"%s","from":"OSL","to":"ADD","transitPoints":["IST"],"ticketReference":"TEST-E2E-0016"}"""
                .formatted(TODAY);
    }

    @Test
    @Order(10)
    void travelBookedDepartedArrived() throws Exception {
        // ---- Travel: booked, departed, arrived, all today — a booking may not be in the past and a departure or
        // an arrival may not be in the future, so today is the one date all three accept ----
        Actor.Reply booked = caseworker.post("case", "/api/v1/cases/" + caseId + "/travel-booking", booking());
        expect(200, booked);
        assertEquals("TRAVEL_PREPARATION", booked.body().path("status").asText());
        EventLog.Event scheduled = events.await("avrr.case.travel-scheduled.v1", ofCase(caseId), WAIT);
        assertEquals(TODAY.toString(), scheduled.data().path("date").asText());

        Actor.Reply departed = caseworker.post("case", "/api/v1/cases/" + caseId + "/departure",
                "{\"departedOn\":\"%s\"}".formatted(TODAY));
        expect(200, departed);
        assertEquals("DEPARTED", departed.body().path("status").asText());
        events.await("avrr.case.departed.v1", ofCase(caseId), WAIT);

        // The mission, the case handed over to it, reads both documents.
        downloads(mission, "case", casePath(), statementDocument, "image/jpeg", STATEMENT);
        downloads(mission, "case", casePath(), applicationDocument, "application/pdf", APPLICATION);

        // After the handover the mission reads the case — and still not UDI's reason, nor any decision.
        Actor.Reply missionCase = mission.get("case", "/api/v1/cases/" + caseId);
        hidesReason(missionCase, 200, reason, legalBasis);
        assertFalse(missionCase.body().toString().contains("REJECTED"), "the mission sees no decision at all");
        assertTrue(missionCase.body().path("udi").isMissingNode());
        hidesReason(mission.get("case", "/api/v1/cases?size=100"), 200, reason, legalBasis);

        Actor.Reply arrived = mission.post("case", "/api/v1/cases/" + caseId + "/arrival",
                "{\"arrivedOn\":\"%s\"}".formatted(TODAY));
        expect(200, arrived);
        assertEquals("ARRIVED", arrived.body().path("status").asText());
        EventLog.Event returned = events.await("avrr.case.return-completed.v1", ofCase(caseId), WAIT);
        assertEquals(TODAY.toString(), returned.data().path("arrivalDate").asText());
        assertEquals(COUNTRY, returned.data().path("countryOfReturn").asText());
    }

    @Test
    @Order(11)
    void vulnerableGroupsPackagePaidWithSubsistenceInKind() throws Exception {
        // ---- The 42,000 NOK package (docs/domain.md#the-vulnerable-groups-package): 8,000 + 24,000 + 2,000 + 8,000, subsistence in kind for a minor ----
        Actor.Reply entitlements = caseworker.get("grant", "/api/v1/cases/" + caseId + "/entitlements");
        expect(200, entitlements);
        assertEquals(1, entitlements.body().size(), "the vulnerable groups programme: the applicant only");
        JsonNode entitlement = entitlements.body().get(0);
        assertEquals(entitlementId, entitlement.path("id").asText());
        assertEquals("VULNERABLE_GROUPS", entitlement.path("programme").asText());
        assertTrue(entitlement.path("minor").asBoolean(), "a minor on the approval day");
        assertMoney("42000.00", entitlement.path("allocated"));
        Map<String, String[]> expected = new LinkedHashMap<>();
        expected.put("HOUSING", new String[] { "8000.00", "IN_KIND", "VENDOR" });
        expected.put("EDUCATION_BUSINESS", new String[] { "24000.00", "IN_KIND", "VENDOR" });
        expected.put("MEDICAL", new String[] { "2000.00", "IN_KIND", "VENDOR" });
        expected.put("SUBSISTENCE", new String[] { "8000.00", "IN_KIND", "VENDOR" });
        Map<String, String[]> actual = new LinkedHashMap<>();
        for (JsonNode c : entitlement.path("categories")) {
            assertMoney(c.path("allocated").path("amount").asText(), c.path("available"));
            actual.put(c.path("code").asText(), new String[] { money(c.path("allocated")).setScale(2).toPlainString(),
                    c.path("form").asText(), c.path("payee").asText() });
        }
        assertEquals(describe(expected), describe(actual), "the categories of the package");
        // The event says only that an entitlement was allocated: the package, which would name the programme,
        // travels sealed.
        assertSealed(allocated);
        for (String code : expected.keySet()) {
            assertFalse(allocated.data().toString().contains(code), code + " in clear on the topic");
        }
        Actor.Reply report = finance.get("grant", "/api/v1/reports/cases/" + caseId);
        expect(200, report);
        assertMoney("42000.00", report.body().path("totals").get(0).path("total").path("allocated"));

        // His subsistence is in kind: cash to the child is refused and reserves nothing ...
        Actor.Reply cash = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/disbursements", """
                {"category":"SUBSISTENCE","planLineId":"%s","payee":{"type":"RETURNEE","name":"Testo Fiktivsen"},
                 "amount":{"amount":"2000.00","currency":"NOK"}}""".formatted(foodLine),
                "Idempotency-Key", UUID.randomUUID().toString());
        expectProblem(422, "business-rule", cash);
        assertEquals("in-kind-never-cash", cash.body().path("rule").asText());
        assertMoney("8000.00", category(readEntitlement(entitlementId), "SUBSISTENCE").path("available"));

        // ... and paid to the vendor on the approved plan line, approved by finance (four eyes), paid once.
        Actor.Reply inKind = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/disbursements", """
                {"category":"SUBSISTENCE","planLineId":"%s",
                 "payee":{"type":"VENDOR","name":"Fiktiv Matbutikk","account":"ACC-E2E-FOOD"},
                 "amount":{"amount":"2000.00","currency":"NOK"}}""".formatted(foodLine),
                "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, inKind);
        String disbursementId = inKind.id();
        assertEquals("REQUESTED", inKind.body().path("status").asText());
        assertEquals("IN_KIND", inKind.body().path("form").asText());
        assertMoney("2000.00", category(readEntitlement(entitlementId), "SUBSISTENCE").path("reserved"));
        Actor.Reply approvedPayment = finance.post("grant", "/api/v1/disbursements/" + disbursementId + "/approval",
                null);
        expect(200, approvedPayment);
        assertEquals("APPROVED", approvedPayment.body().path("status").asText());
        EventLog.Event paymentApproved = events.await("avrr.grant.disbursement-approved.v1",
                e -> disbursementId.equals(e.data().path("disbursementId").asText()), WAIT);
        assertEquals("VENDOR", approvedPayment.body().path("payee").path("type").asText());
        assertSealed(paymentApproved);
        // 25,000 birr at 0.08 NOK is 2,000 NOK, paid today (a payment may not be dated in the future).
        Actor.Reply paid = mission.post("grant", "/api/v1/disbursements/" + disbursementId + "/payment", """
                {"paidOn":"%s","localAmount":{"amount":"25000.00","currency":"ETB"},"exchangeRate":"0.08",
                 "nokEquivalent":{"amount":"2000.00","currency":"NOK"},"reference":"BANK-E2E-0016"}"""
                .formatted(TODAY));
        expect(200, paid);
        assertEquals("PAID", paid.body().path("status").asText());
        EventLog.Event paidEvent = events.await("avrr.grant.disbursement-paid.v1",
                e -> disbursementId.equals(e.data().path("disbursementId").asText()), WAIT);
        assertSealed(paidEvent);
        assertMoney("2000.00", paid.body().path("payment").path("nokEquivalent").path("amount"));
        assertMoney("25000.00", paid.body().path("payment").path("localAmount").path("amount"));
        JsonNode subsistence = category(readEntitlement(entitlementId), "SUBSISTENCE");
        assertMoney("2000.00", subsistence.path("disbursed"));
        assertMoney("0.00", subsistence.path("reserved"));
        assertMoney("6000.00", subsistence.path("available"));
    }

    @Test
    @Order(12)
    void monitoringFollowsTheProgrammesSchedule() throws Exception {
        // ---- Monitoring: the vulnerable groups programme's schedule from the arrival date ----
        Actor.Reply monitored = mission.awaitGet("monitoring", "/api/v1/monitoring/cases/" + caseId,
                r -> r.status() == 200 && "ACTIVE".equals(r.body().path("status").asText()));
        events.await("avrr.monitoring.started.v1", ofCase(caseId), WAIT);
        assertEquals("VULNERABLE_GROUPS", monitored.body().path("programme").asText());
        assertEquals("MINOR", monitored.body().path("category").asText());
        assertEquals(TODAY.toString(), monitored.body().path("arrivalDate").asText());
        List<String> schedule = new ArrayList<>();
        for (JsonNode item : monitored.body().path("plan")) {
            schedule.add(item.path("position").asInt() + " " + item.path("label").asText() + " "
                    + item.path("dueDate").asText() + " " + item.path("status").asText());
        }
        assertEquals(List.of(
                "1 Arrival contact " + TODAY.plusDays(7) + " DUE",
                "2 During reintegration: month 1 " + TODAY.plusMonths(1) + " DUE",
                "3 During reintegration: month 2 " + TODAY.plusMonths(2) + " DUE",
                "4 During reintegration: month 3 " + TODAY.plusMonths(3) + " DUE",
                "5 During reintegration: month 4 " + TODAY.plusMonths(4) + " DUE",
                "6 During reintegration: month 5 " + TODAY.plusMonths(5) + " DUE",
                "7 During reintegration: month 6 " + TODAY.plusMonths(6) + " DUE",
                "8 After reintegration: month 9 " + TODAY.plusMonths(9) + " DUE",
                "9 After reintegration: month 12 " + TODAY.plusMonths(12) + " DUE"), schedule);
        String arrivalItem = monitored.body().path("plan").get(0).path("id").asText();

        // The arrival contact, today: a contact may not be before the return nor in the future.
        Actor.Reply contact = mission.post("monitoring", "/api/v1/monitoring/cases/" + caseId + "/contacts", """
                {"contactedOn":"%s","mode":"VISIT","reached":true,"planProgress":"ON_TRACK","grantUse":"AS_PLANNED",
                 "wellbeingNotes":"Back with his mother; starts school next week (fictional)","alerts":[]}"""
                .formatted(TODAY), "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, contact);
        assertEquals(arrivalItem, contact.body().path("fulfilledItem").asText(), "the arrival contact is fulfilled");
        events.await("avrr.monitoring.contact-made.v1", ofCase(caseId), WAIT);
        JsonNode afterContact = mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId).body();
        assertEquals("FULFILLED", afterContact.path("plan").get(0).path("status").asText());
        assertEquals(contact.id(), afterContact.path("plan").get(0).path("fulfilledBy").asText());
        assertEquals("DUE", afterContact.path("plan").get(1).path("status").asText());
    }

    @Test
    @Order(13)
    void partnerKeptInformedAndNoEventCarriesTheReason() throws Exception {
        // ---- The partner was kept informed throughout, never told why UDI rejected ----
        Actor.Reply finalTimeline = partner.awaitGet("referral", "/api/v1/referrals/" + referralId + "/timeline",
                r -> r.status() == 200 && milestone(r.body(), "MONITORING_CONTACT_MADE") != null);
        hidesReason(finalTimeline, 200, reason, legalBasis);
        List<String> milestones = new ArrayList<>();
        for (JsonNode entry : finalTimeline.body().path("entries")) {
            if ("MILESTONE".equals(entry.path("kind").asText())) {
                milestones.add(entry.path("code").asText() + (entry.has("outcome")
                        ? " " + entry.path("outcome").asText() + "/" + entry.path("stage").asText() : ""));
            }
        }
        assertEquals(List.of("CASE_OPENED", "UDI_DECISION_MADE REJECTED/UDI", "UDI_DECISION_MADE APPROVED/UNE",
                "TRAVEL_BOOKED", "RETURNED", "MONITORING_STARTED", "REINTEGRATION_STARTED", "MONITORING_CONTACT_MADE"),
                milestones.stream().sorted(byJourney()).toList(), "every milestone, once");

        // No event anywhere carries the reason, the legal basis or the boy's name (the accepted referral's person
        // travels sealed, encrypted with the platform's key), nor any case's programme in clear (it would tell
        // that a person is a victim of trafficking or a child alone).
        for (EventLog.Event e : events.all()) {
            String text = e.json().toString();
            assertFalse(text.contains(reason) || text.contains(legalBasis), e.type() + " carries UDI's reason");
            assertFalse(text.contains("Fiktivsen") || text.contains("Testo"), e.type() + " carries a name");
            for (String programme : List.of("VULNERABLE_GROUPS", "VICTIMS_OF_TRAFFICKING", "UDI_STANDARD",
                    "SWEDISH_AVRR")) {
                assertFalse(text.contains(programme), e.type() + " names a programme in clear");
            }
        }
        assertTrue(events.violations().isEmpty(), "events against the AsyncAPI document: " + events.violations());
        assertTrue(events.deadLetters().isEmpty(), "dead letters: " + events.deadLetters());
    }

    // ---- helpers ----

    /** A grant event: its categories, forms and amounts travel sealed, never in clear. */
    private static void assertSealed(EventLog.Event e) {
        assertTrue(e.data().path("personal").isTextual(), e.type() + " carries its sealed part");
        String clear = e.data().toString();
        for (String word : List.of("SUBSISTENCE", "IN_KIND", "VENDOR", "2000.00", "amount", "category")) {
            assertFalse(clear.contains(word), e.type() + " carries " + word + " in clear");
        }
    }

    private JsonNode readEntitlement(String entitlementId) {
        Actor.Reply r = finance.get("grant", "/api/v1/entitlements/" + entitlementId);
        expect(200, r);
        return r.body();
    }

    /** The answer has the status the docs give this reader, and holds neither the reason nor the legal basis. */
    private String casePath() {
        return "/api/v1/cases/" + caseId;
    }

    private static void hidesReason(Actor.Reply r, int status, String reason, String legalBasis) {
        expect(status, r);
        String text = r.body().toString();
        assertFalse(text.contains(reason), () -> "UDI's reason in " + r);
        assertFalse(text.contains(legalBasis), () -> "UDI's legal basis in " + r);
    }

    private static boolean ruleMet(JsonNode eligibility, String rule) {
        for (JsonNode result : eligibility.path("results")) {
            if (rule.equals(result.path("rule").asText())) {
                return result.path("met").asBoolean();
            }
        }
        return false;
    }

    private static JsonNode milestone(JsonNode timeline, String code) {
        for (JsonNode entry : timeline.path("entries")) {
            if ("MILESTONE".equals(entry.path("kind").asText()) && code.equals(entry.path("code").asText())) {
                return entry;
            }
        }
        return null;
    }

    /** The order of the journey, for milestones that arrive from different topics in any order. */
    private static java.util.Comparator<String> byJourney() {
        List<String> order = List.of("CASE_OPENED", "UDI_DECISION_MADE REJECTED/UDI", "UDI_DECISION_MADE APPROVED/UNE",
                "TRAVEL_BOOKED", "RETURNED", "MONITORING_STARTED", "REINTEGRATION_STARTED", "MONITORING_CONTACT_MADE");
        return java.util.Comparator.comparingInt(s -> order.indexOf(s) < 0 ? order.size() : order.indexOf(s));
    }

    /** The ids of a list's items, or of the named object within each item. */
    private static List<String> ids(JsonNode items, String within) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            ids.add((within == null ? item : item.path(within)).path("id").asText());
        }
        return ids;
    }

    /** One field of every item of a list. */
    private static List<String> field(JsonNode items, String name) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path(name).asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    /** An amount exactly, to the øre: a Money object or a bare decimal string. */

    private static String describe(Map<String, String[]> categories) {
        StringBuilder b = new StringBuilder();
        categories.forEach((code, v) -> b.append(code).append('=').append(String.join(" ", v)).append("; "));
        return b.toString();
    }
}
