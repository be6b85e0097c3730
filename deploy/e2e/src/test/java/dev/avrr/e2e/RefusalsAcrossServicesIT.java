package dev.avrr.e2e;

import static dev.avrr.e2e.Checks.assertMoney;
import static dev.avrr.e2e.Checks.category;
import static dev.avrr.e2e.Checks.expect;
import static dev.avrr.e2e.Checks.expectProblem;
import static dev.avrr.e2e.Checks.ofCase;
import static dev.avrr.e2e.Checks.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What must never happen (docs/domain.md#what-must-never-happen), tried against the running stack: each attempt is refused with its status,
 * its problem type and the rule or gate it names, and a re-read shows that nothing changed. Every precondition is
 * built the real way — a partner refers, IOM Oslo accepts, case-service registers the case from the event.
 */
@ExtendWith(Stack.class)
class RefusalsAcrossServicesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The services judge dates by UTC (the platform's Now.today()); so does the test. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final Actor caseworker = Actor.of("caseworker", "iom-oslo");
    private final Actor udi = Actor.of("udi", "udi");
    private final Actor mission = Actor.mission("iom-mission-et", "ET");
    private final Actor finance = Actor.of("finance", "iom-finance");

    /** docs/domain.md#the-norwegian-route: IOM cannot help before UDI approves — booking travel is refused naming the gate. */
    @Test
    void travelBookedBeforeUdisApprovalIsRefusedAndNothingIsBooked() throws Exception {
        Actor partner = Actor.of("partner", "ngo-fiktivhjelp");
        String referralId = refer(partner, adult("Testa", "Fiktivsdottir"), "MEDICAL_NEEDS");
        String caseId = acceptedCase(referralId);
        submittedToUdi(caseId, MEDICAL);
        needsInventory(caseId);
        arrangements(caseId, false);

        Actor.Reply before = caseworker.readCase(caseId);
        int steps = history(caseId);
        Actor.Reply refused = book(caseId);
        expectProblem(409, "state-conflict", refused);
        assertEquals("SUBMITTED_TO_UDI", refused.body().path("state").asText());
        assertEquals("udi-approval-missing", refused.body().path("guard").asText());

        Actor.Reply after = caseworker.readCase(caseId);
        assertEquals(before.etag(), after.etag(), "the case did not change");
        assertEquals("SUBMITTED_TO_UDI", after.body().path("status").asText());
        assertTrue(after.body().path("travel").path("booking").isMissingNode(), "no booking: " + after);
        assertTrue(after.body().path("travel").path("scheduledDepartureOn").isMissingNode());
        assertEquals(steps, history(caseId), "no step in the history");

        // UDI approves afterwards: the case's events share a partition, so once the approval is on the topic a
        // booking announced before it would be there too. It is not; nor is it on the referrer's timeline.
        expect(200, udiDecision(caseId, "APPROVED"));
        Stack.get().events.await("avrr.case.approved.v1", ofCase(caseId), WAIT);
        assertEquals(0, count("avrr.case.travel-scheduled.v1", caseId), "no travel-scheduled event");
        Actor.Reply timeline = partner.awaitGet("referral", "/api/v1/referrals/" + referralId + "/timeline",
                r -> r.status() == 200 && milestones(r.body()).contains("UDI_DECISION_MADE"));
        assertFalse(milestones(timeline.body()).contains("TRAVEL_BOOKED"), "timeline: " + timeline);
    }

    /** docs/domain.md#what-must-never-happen: a minor travels only with family tracing done — booking without it is refused naming the gate. */
    @Test
    void aMinorsTravelWithoutFamilyTracingIsRefusedAndNothingIsBooked() throws Exception {
        Actor partner = Actor.of("partner", "mottak-andeby");
        // Fifteen: a minor on the assessment, the approval and the travel date.
        String referralId = refer(partner, person("Testo", "Påhittadsen", TODAY.minusYears(15).minusDays(10)),
                "UNACCOMPANIED_MINOR");
        String caseId = acceptedCase(referralId);
        String entitlementId = approvedAndHandedOver(caseId, UNACCOMPANIED);
        String planId = draftedPlan(entitlementId, "EDUCATION_BUSINESS", "SCHOOL_FEES", "6000.00");
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/reintegration-plan",
                "{\"planId\":\"%s\",\"draftedOn\":\"%s\"}".formatted(planId, TODAY), "If-Match", caseworker.caseEtag(caseId)));
        approved(caseId, planId);
        needsInventory(caseId);
        arrangements(caseId, true);

        Actor.Reply before = caseworker.readCase(caseId);
        int steps = history(caseId);
        Actor.Reply refused = book(caseId);
        expectProblem(409, "state-conflict", refused);
        assertEquals("UDI_APPROVED", refused.body().path("state").asText());
        assertEquals("family-tracing-incomplete", refused.body().path("guard").asText());
        assertEquals(List.of("family-tracing-incomplete"), texts(refused.body().path("failedGuards")),
                "family tracing is the only thing missing");

        Actor.Reply after = caseworker.readCase(caseId);
        assertEquals(before.etag(), after.etag(), "the case did not change");
        assertEquals("UDI_APPROVED", after.body().path("status").asText());
        assertTrue(after.body().path("travel").path("booking").isMissingNode(), "no booking: " + after);
        assertEquals(steps, history(caseId), "no step in the history");

        // With the family found and the best-interests determination made, the same booking goes through, and it
        // is the only one ever announced for the case.
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/family-tracing", """
                {"outcome":"FAMILY_FOUND","receiver":{"name":"Testina Påhittadsen","relationToChild":"aunt"},
                 "bestInterests":{"returnInChildsBestInterest":true,"decidedOn":"%s","decidedBy":"Barnevernet (fictional)"},
                 "completedOn":"%s"}""".formatted(TODAY, TODAY), "If-Match", caseworker.caseEtag(caseId)));
        Actor.Reply booked = book(caseId);
        expect(200, booked);
        assertEquals("TRAVEL_PREPARATION", booked.body().path("status").asText());
        Stack.get().events.await("avrr.case.travel-scheduled.v1", ofCase(caseId), WAIT);
        assertEquals(1, count("avrr.case.travel-scheduled.v1", caseId), "one travel-scheduled event");
    }

    /** docs/domain.md#conversion-rules: in-kind support can under no circumstances be paid in cash — refused naming the rule. */
    @Test
    void aCashPaymentOfInKindSupportIsRefusedAndReservesNothing() throws Exception {
        Actor partner = Actor.of("partner", "ngo-fiktivhjelp");
        String referralId = refer(partner, adult("Testine", "Fiktivsdottir"), "MEDICAL_NEEDS");
        String caseId = acceptedCase(referralId);
        String entitlementId = approvedAndHandedOver(caseId, MEDICAL);
        String planId = draftedPlan(entitlementId, "HOUSING", "RENT", "3000.00");
        expect(200, mission.post("grant", "/api/v1/plans/" + planId + "/submission", null));
        Actor.Reply approvedPlan = caseworker.post("grant", "/api/v1/plans/" + planId + "/approval", null);
        expect(200, approvedPlan);
        String lineId = approvedPlan.body().path("lines").get(0).path("id").asText();
        travelled(caseId);

        Actor.Reply before = entitlement(entitlementId);
        int ledgerEntries = ledgerEntries(entitlementId);
        Actor.Reply refused = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/disbursements", """
                {"category":"HOUSING","planLineId":"%s","payee":{"type":"RETURNEE","name":"Testine Fiktivsdottir"},
                 "amount":{"amount":"3000.00","currency":"NOK"}}""".formatted(lineId),
                "Idempotency-Key", UUID.randomUUID().toString());
        expectProblem(422, "business-rule", refused);
        assertEquals("in-kind-never-cash", refused.body().path("rule").asText());

        Actor.Reply after = entitlement(entitlementId);
        assertEquals(before.etag(), after.etag(), "the entitlement's money did not move");
        JsonNode housing = category(after.body(), "HOUSING");
        assertMoney("8000.00", housing.path("available"));
        assertMoney("0.00", housing.path("reserved"));
        assertMoney("0.00", housing.path("disbursed"));
        assertEquals(ledgerEntries, ledgerEntries(entitlementId), "no ledger entry");
        Actor.Reply none = mission.get("grant", "/api/v1/disbursements?entitlementId=" + entitlementId);
        expect(200, none);
        assertEquals(0, none.body().path("totalItems").asInt(), "no disbursement: " + none);
        Actor.Reply plan = mission.get("grant", "/api/v1/plans/" + planId);
        expect(200, plan);
        assertMoney("3000.00", plan.body().path("lines").get(0).path("remaining"));

        // Paid to the landlord on the same line, the same money goes through: the refusal left it untouched.
        Actor.Reply inKind = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/disbursements", """
                {"category":"HOUSING","planLineId":"%s","payee":{"type":"VENDOR","name":"Fiktiv Utleier"},
                 "amount":{"amount":"3000.00","currency":"NOK"}}""".formatted(lineId),
                "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, inKind);
        assertEquals("IN_KIND", inKind.body().path("form").asText());
        housing = category(entitlement(entitlementId).body(), "HOUSING");
        assertMoney("5000.00", housing.path("available"));
        assertMoney("3000.00", housing.path("reserved"));
    }

    /**
     * docs/domain.md#consent-per-purpose-and-recipient: nothing is shared without the person's consent. The person withdraws, at the referrer, the consent
     * to share with IOM in the middle of the journey, after the handover: within seconds the mission of the country
     * of return sees nothing of the case in any service — case, entitlement, plan, returnee — and cannot act on it,
     * while the sending office keeps its case. Nothing of it was lost on the way: the withdrawal travelled as
     * events from referral-service to case-service and on to grant- and monitoring-service.
     */
    @Test
    void aWithdrawalInTheMiddleOfTheJourneyStopsTheMissionInEveryService() throws Exception {
        Actor partner = Actor.of("partner", "ngo-fiktivhjelp");
        String referralId = refer(partner, adult("Testina", "Påhittadsen"), "MEDICAL_NEEDS");
        String caseId = acceptedCase(referralId);
        String entitlementId = approvedAndHandedOver(caseId, MEDICAL);
        String planId = draftedPlan(entitlementId, "HOUSING", "RENT", "3000.00");
        expect(200, mission.get("case", "/api/v1/cases/" + caseId));
        expect(200, mission.get("grant", "/api/v1/plans/" + planId));
        expect(200, mission.get("monitoring", "/api/v1/monitoring/cases/" + caseId));

        expect(200, partner.post("referral", "/api/v1/referrals/" + referralId + "/consent-withdrawal",
                "{\"language\":\"am\",\"interpreterUsed\":true}"));
        EventLog.Event withdrawn = Stack.get().events.await("avrr.case.sharing-changed.v1",
                ofCase(caseId).and(e -> e.data().path("handedOverToMission").asBoolean()
                        && !e.data().path("shareForReturn").asBoolean()), WAIT);
        assertTrue(withdrawn.data().path("revision").asInt() > 1, withdrawn.toString());

        mission.awaitGet("grant", "/api/v1/entitlements/" + entitlementId, r -> r.status() == 404);
        mission.awaitGet("monitoring", "/api/v1/monitoring/cases/" + caseId, r -> r.status() == 404);
        for (String[] read : List.of(new String[] { "case", "/api/v1/cases/" + caseId },
                new String[] { "grant", "/api/v1/plans/" + planId },
                new String[] { "grant", "/api/v1/cases/" + caseId + "/entitlements" },
                new String[] { "grant", "/api/v1/reports/cases/" + caseId },
                new String[] { "monitoring", "/api/v1/monitoring/cases/" + caseId })) {
            Actor.Reply r = mission.get(read[0], read[1]);
            expectProblem(404, "not-found", r);
            holdsNoData(r);
        }
        expectProblem(404, "not-found", mission.post("grant", "/api/v1/plans/" + planId + "/submission", null));
        for (String[] list : List.of(new String[] { "case", "/api/v1/cases?size=100" },
                new String[] { "grant", "/api/v1/disbursements?caseId=" + caseId },
                new String[] { "monitoring", "/api/v1/monitoring/cases?size=100" })) {
            Actor.Reply r = mission.get(list[0], list[1]);
            expect(200, r);
            assertFalse(r.body().toString().contains(caseId), list[0] + " " + list[1] + " does not list the case");
        }
        // The sending office keeps its case, and sees why the mission lost it.
        Actor.Reply kept = caseworker.readCase(caseId);
        assertTrue(kept.body().path("consents").toString().contains("withdrawnOn"), kept.toString());
        expect(200, caseworker.get("grant", "/api/v1/entitlements/" + entitlementId));
    }

    /** docs/domain.md#what-must-never-happen: a partner never sees another partner's referral — not even that it exists (404, never 403). */
    @Test
    void aPartnerReadingAnotherPartnersReferralFindsNothing() throws Exception {
        Actor owner = Actor.of("partner", "kirkens-fiktivhjelp");
        Actor other = Actor.of("partner", "rosa-fiktivsenter");
        String referralId = refer(owner, adult("Testine", "Oppdiktet"), "MEDICAL_NEEDS");
        acceptedCase(referralId);
        Actor.Reply before = owner.get("referral", "/api/v1/referrals/" + referralId);
        expect(200, before);
        Actor.Reply consentsBefore = owner.get("referral", "/api/v1/referrals/" + referralId + "/consents");
        expect(200, consentsBefore);

        Actor.Reply unknown = other.get("referral", "/api/v1/referrals/" + UUID.randomUUID());
        expectProblem(404, "not-found", unknown);
        for (String path : List.of("", "/timeline", "/history", "/consents")) {
            Actor.Reply r = other.get("referral", "/api/v1/referrals/" + referralId + path);
            expectProblem(404, "not-found", r);
            holdsNoData(r);
            for (String field : List.of("title", "status", "detail")) {
                assertEquals(unknown.body().path(field), r.body().path(field),
                        "another partner's referral" + path + " answers as one that does not exist: " + field);
            }
        }
        Actor.Reply list = other.get("referral", "/api/v1/referrals?size=100");
        expect(200, list);
        for (JsonNode item : list.body().path("items")) {
            assertFalse(referralId.equals(item.path("id").asText()), "not in the other partner's list");
        }
        Actor.Reply withdrawal = other.post("referral", "/api/v1/referrals/" + referralId + "/consent-withdrawal",
                "{\"language\":\"no\",\"interpreterUsed\":false}");
        expectProblem(404, "not-found", withdrawal);
        holdsNoData(withdrawal);

        Actor.Reply after = owner.get("referral", "/api/v1/referrals/" + referralId);
        expect(200, after);
        assertEquals(before.etag(), after.etag(), "the referral did not change");
        assertEquals("ACCEPTED", after.body().path("status").asText());
        Actor.Reply consentsAfter = owner.get("referral", "/api/v1/referrals/" + referralId + "/consents");
        expect(200, consentsAfter);
        assertEquals(consentsBefore.body(), consentsAfter.body(), "every consent stands as it stood");
        for (JsonNode consent : consentsAfter.body()) {
            assertTrue(consent.path("standing").asBoolean(), "standing: " + consent);
        }
    }

    @AfterAll
    static void everyEventKeptTheContractAndNoneWasDeadLettered() {
        EventLog events = Stack.get().events;
        assertTrue(events.violations().isEmpty(), "events against the AsyncAPI document: " + events.violations());
        assertTrue(events.deadLetters().isEmpty(), "dead letters: " + events.deadLetters());
    }

    // ---- the real flow, shared by the refusals ----

    private static final String MEDICAL = """
            "medicalNeeds":{"extensiveFollowUpNeeded":true,"documentation":"Physician's statement (fictional)"}""";
    private static final String UNACCOMPANIED = """
            "arrival":{"withoutParentOrLegalGuardian":true,"arrivedOn":"%s"}""".formatted(TODAY.minusYears(1));

    private static String adult(String given, String family) {
        return person(given, family, LocalDate.of(1990, 3, 14));
    }

    private static String person(String given, String family, LocalDate born) {
        return """
                {"givenName":"%s","familyName":"%s","dateOfBirth":"%s","nationality":"ET","countryOfReturn":"ET",
                 "languages":["am"],"interpreterNeeded":true}""".formatted(given, family, born);
    }

    /** A partner refers a person to IOM Oslo, with the consents to share with IOM and to feedback. */
    private static String refer(Actor partner, String person, String category) {
        Actor.Reply created = partner.post("referral", "/api/v1/referrals", """
                {"jurisdiction":"NO","person":%s,
                 "vulnerability":{"categories":["%s"],"referralReason":"Wants to return home (fictional)"},
                 "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true},
                             {"purpose":"FEEDBACK_TO_REFERRER","language":"am","interpreterUsed":true}]}"""
                .formatted(person, category), "Idempotency-Key", UUID.randomUUID().toString());
        expect(201, created);
        assertEquals("SUBMITTED", created.body().path("status").asText());
        return created.id();
    }

    /** IOM Oslo accepts the referral; the case case-service registers from the event. */
    private String acceptedCase(String referralId) throws InterruptedException {
        expect(200, caseworker.post("referral", "/api/v1/referrals/" + referralId + "/acceptance", null));
        Actor.Reply found = caseworker.awaitGet("case", "/api/v1/cases?referralId=" + referralId,
                r -> r.status() == 200 && r.body().path("totalItems").asInt() == 1
                        && r.body().path("items").size() == 1);
        String caseId = found.body().path("items").get(0).path("id").asText();
        assertEquals("REGISTERED", caseworker.readCase(caseId).body().path("status").asText());
        return caseId;
    }

    /** Consents to share for the return and with UDI, assessed eligible with these findings, signed, submitted. */
    private void submittedToUdi(String caseId, String findings) {
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/consents",
                "{\"purpose\":\"SHARE_FOR_RETURN\",\"givenOn\":\"%s\",\"language\":\"am\",\"interpreterUsed\":true}"
                        .formatted(TODAY)));
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/eligibility-assessment",
                "{\"assessedOn\":\"%s\",%s}".formatted(TODAY, findings)));
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/signed-application",
                "{\"signedOn\":\"%s\",\"attachments\":1}".formatted(TODAY)));
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/consents",
                "{\"purpose\":\"SHARE_WITH_UDI\",\"givenOn\":\"%s\",\"language\":\"am\",\"interpreterUsed\":true}"
                        .formatted(TODAY)));
        Actor.Reply submitted = caseworker.post("case", "/api/v1/cases/" + caseId + "/udi-submission", null);
        expect(200, submitted);
        assertEquals("SUBMITTED_TO_UDI", submitted.body().path("status").asText());
    }

    private Actor.Reply udiDecision(String caseId, String outcome) {
        return udi.post("case", "/api/v1/cases/" + caseId + "/udi-decision", """
                {"outcome":"%s","decidedOn":"%s","legalBasis":"Utlendingsforskriften (fictional basis)"}"""
                .formatted(outcome, TODAY));
    }

    /** The applicant's entitlement, allocated by grant-service on the approval. */
    private static String entitlementOf(String caseId) throws InterruptedException {
        return Stack.get().events.await("avrr.grant.allocated.v1", ofCase(caseId), WAIT).data().path("entitlementId")
                .asText();
    }

    /**
     * Submitted with these findings, approved by UDI, and handed over by IOM Oslo to the mission in Ethiopia once
     * grant-service allocated; the applicant's entitlement, which the mission now sees.
     */
    private String approvedAndHandedOver(String caseId, String findings) throws InterruptedException {
        submittedToUdi(caseId, findings);
        expect(200, udiDecision(caseId, "APPROVED"));
        String entitlementId = entitlementOf(caseId);
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/mission-handover", null));
        mission.awaitGet("grant", "/api/v1/entitlements/" + entitlementId, r -> r.status() == 200);
        return entitlementId;
    }

    /** A one-line plan drafted by the mission with the returnee; its id. */
    private String draftedPlan(String entitlementId, String category, String activity, String amount) {
        Actor.Reply plan = mission.post("grant", "/api/v1/entitlements/" + entitlementId + "/plans", """
                {"lines":[{"category":"%s","activity":"%s","description":"Needed to start again (fictional)",
                           "provider":{"name":"Fiktiv Leverandør","reference":"ACC-E2E"},
                           "amount":{"amount":"%s","currency":"NOK"}}]}""".formatted(category, activity, amount));
        expect(201, plan);
        return plan.id();
    }

    /** The plan submitted by the mission and approved by the caseworker; case-service knows it (travel waits). */
    private void approved(String caseId, String planId) throws Exception {
        expect(200, mission.post("grant", "/api/v1/plans/" + planId + "/submission", null));
        expect(200, caseworker.post("grant", "/api/v1/plans/" + planId + "/approval", null));
        caseworker.awaitGet("case", "/api/v1/cases/" + caseId,
                r -> r.body().path("reintegrationPlan").path("approvedAt").isTextual());
    }

    /**
     * The case, whose plan is approved, travels today: booked, departed, arrived; grant-service learns the arrival
     * (the in-kind support is paid after it).
     */
    private void travelled(String caseId) throws Exception {
        caseworker.awaitGet("case", "/api/v1/cases/" + caseId,
                r -> r.body().path("reintegrationPlan").path("approvedAt").isTextual());
        needsInventory(caseId);
        arrangements(caseId, false);
        expect(200, book(caseId));
        expect(200, caseworker.post("case", "/api/v1/cases/" + caseId + "/departure",
                "{\"departedOn\":\"%s\"}".formatted(TODAY)));
        expect(200, mission.post("case", "/api/v1/cases/" + caseId + "/arrival",
                "{\"arrivedOn\":\"%s\"}".formatted(TODAY)));
        finance.awaitGet("grant", "/api/v1/reports/cases/" + caseId,
                r -> r.status() == 200 && TODAY.toString().equals(r.body().path("returnedOn").asText()));
    }

    private void needsInventory(String caseId) {
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/needs-inventory", """
                {"needs":[{"category":"HOUSING","description":"A room for the first months"}],
                 "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Ethiopia (fictional)",
                 "assessedOn":"%s"}""".formatted(TODAY), "If-Match", caseworker.caseEtag(caseId)));
    }

    private void arrangements(String caseId, boolean escort) {
        expect(200, caseworker.put("case", "/api/v1/cases/" + caseId + "/travel-arrangements", """
                {"travelDocument":{"status":"HELD","type":"PASSPORT"},"escort":{"arranged":%s%s},
                 "transitAssistance":true,"arrivalAssistance":true,"medicalEscort":{"needed":false,"arranged":false}}"""
                .formatted(escort, escort ? ",\"kind\":\"IOM_STAFF\"" : ""), "If-Match", caseworker.caseEtag(caseId)));
    }

    /** Tickets for today: a booking may not be in the past, and today is the nearest date every gate reads. */
    private Actor.Reply book(String caseId) {
        return caseworker.post("case", "/api/v1/cases/" + caseId + "/travel-booking", """
                {"departureDate":"%s","from":"OSL","to":"ADD","transitPoints":["IST"],"ticketReference":"TEST-E2E-R"}"""
                .formatted(TODAY));
    }

    // ---- reading back ----

    private int history(String caseId) {
        Actor.Reply r = caseworker.get("case", "/api/v1/cases/" + caseId + "/history");
        expect(200, r);
        return r.body().size();
    }

    private Actor.Reply entitlement(String entitlementId) {
        Actor.Reply r = mission.get("grant", "/api/v1/entitlements/" + entitlementId);
        expect(200, r);
        return r;
    }

    private int ledgerEntries(String entitlementId) {
        Actor.Reply r = mission.get("grant", "/api/v1/entitlements/" + entitlementId + "/ledger?size=100");
        expect(200, r);
        return r.body().path("totalItems").asInt();
    }

    private static long count(String type, String caseId) {
        return Stack.get().events.all().stream().filter(e -> e.type().equals(type)).filter(ofCase(caseId)).count();
    }

    private static List<String> milestones(JsonNode timeline) {
        List<String> codes = new ArrayList<>();
        for (JsonNode entry : timeline.path("entries")) {
            if ("MILESTONE".equals(entry.path("kind").asText())) {
                codes.add(entry.path("code").asText());
            }
        }
        return codes;
    }

    /** A problem that holds nothing of the referral: no person, no status, no organisation. */
    private static void holdsNoData(Actor.Reply r) {
        String text = r.body().toString();
        for (String hidden : List.of("Testine", "Oppdiktet", "kirkens-fiktivhjelp", "ACCEPTED", "SUBMITTED",
                "MEDICAL_NEEDS", "person", "consents", "entries")) {
            assertFalse(text.contains(hidden), () -> "the refusal tells " + hidden + ": " + r);
        }
    }

    /** An amount exactly, to the øre. */
}
