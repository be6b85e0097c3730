package dev.avrr.e2e;

import static dev.avrr.e2e.Checks.ofCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Nothing accepted is lost and nothing applied twice while the infrastructure fails. Whole journeys (Norway, an
 * adult with medical needs: referral, acceptance, the case, eligibility, UDI's approval, the grant, the handover,
 * travel, arrival, monitoring) run in parallel across the processes — with two instances of case-service and of
 * monitoring-service sharing their consumer groups, as a scaled deployment runs them — while a service is killed
 * with SIGKILL and restarted, the Kafka broker is stopped and restarted, and PostgreSQL refuses every connection of
 * the services for 10 s. A client retries a failed call as any client would (the referral with its
 * Idempotency-Key). Afterwards every accepted referral has exactly one case, every approved case exactly its
 * entitlement, every arrival exactly one monitoring plan, every milestone of the referrer's timeline is there once,
 * no consumer's effect was applied twice, and nothing was parked or dead-lettered.
 */
@ExtendWith(Stack.class)
class FaultToleranceIT {

    private static final int JOURNEYS = Integer.getInteger("avrr.e2e.fault-journeys", 200);
    private static final int PARALLEL = 8;
    /** How long one step may take to get through the faults. */
    private static final Duration STEP = Duration.ofSeconds(180);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final List<String> ORDER = List.of("REGISTERED", "ELIGIBILITY_ASSESSED", "SUBMITTED_TO_UDI",
            "UDI_APPROVED", "TRAVEL_PREPARATION", "DEPARTED", "ARRIVED");

    private final Actor partner = Actor.of("partner", "ngo-fiktivhjelp");
    private final Actor caseworker = Actor.of("caseworker", "iom-oslo");
    private final Actor udi = Actor.of("udi", "udi");
    private final Actor mission = Actor.mission("iom-mission-et", "ET");
    private final Actor admin = Actor.of("admin", "iom-admin");

    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();

    /** What a journey left behind, to be counted. */
    record Journey(String referralId, String caseId, String entitlementId) {
    }

    @Test
    void journeysSurviveAKilledServiceABrokerRestartAndADatabaseOutage() throws Exception {
        Stack stack = Stack.get();
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Journey>> running = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            int n = i;
            running.add(pool.submit(() -> journey(n)));
        }
        List<String> faults = new ArrayList<>();
        // (a) a consumer service killed outright, then restarted — the instance the clients call
        awaitFinished(JOURNEYS * 15 / 100);
        faults.add(stack.kill("case") + " after " + finished.get() + " journeys");
        System.out.println("[e2e] fault: " + faults.get(faults.size() - 1));
        stack.up();
        // (b) the broker stopped and restarted
        awaitFinished(JOURNEYS * 35 / 100);
        faults.add(stack.stopKafka() + " after " + finished.get() + " journeys");
        System.out.println("[e2e] fault: " + faults.get(faults.size() - 1));
        Thread.sleep(5_000);
        stack.up();
        // (c) PostgreSQL refuses the services' connections for 10 s
        awaitFinished(JOURNEYS * 55 / 100);
        System.out.println("[e2e] fault: PostgreSQL refuses the services after " + finished.get() + " journeys");
        faults.add(stack.refuseDatabaseConnections(Duration.ofSeconds(10)) + " after " + finished.get() + " journeys");
        // (a) again: the second instance of monitoring-service, a consumer only
        awaitFinished(JOURNEYS * 75 / 100);
        faults.add(stack.kill("monitoring-2") + " after " + finished.get() + " journeys");
        System.out.println("[e2e] fault: " + faults.get(faults.size() - 1));
        stack.up();

        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "the journeys did not end within 10 minutes");
        List<Journey> journeys = new ArrayList<>();
        for (Future<Journey> f : running) {
            journeys.add(f.get());
        }
        long seconds = Duration.between(started, Instant.now()).toSeconds();

        // ---- Afterwards: every effect exactly once, nothing parked, nothing dead-lettered ----
        EventLog events = stack.events;
        Map<String, Integer> counts = new TreeMap<>();
        for (Journey j : journeys) {
            Actor.Reply cases = caseworker.get("case", "/api/v1/cases?referralId=" + j.referralId());
            Checks.expect(200, cases);
            assertEquals(1, cases.body().path("totalItems").asInt(), "one case for referral " + j.referralId());
            counts.merge("cases", 1, Integer::sum);

            Actor.Reply entitlements = caseworker.get("grant", "/api/v1/cases/" + j.caseId() + "/entitlements");
            Checks.expect(200, entitlements);
            assertEquals(1, items(entitlements.body()).size(), "one entitlement (the applicant alone) for case "
                    + j.caseId() + ": " + entitlements);
            counts.merge("entitlements", 1, Integer::sum);

            Actor.Reply monitored = mission.get("monitoring", "/api/v1/monitoring/cases/" + j.caseId());
            Checks.expect(200, monitored);
            counts.merge("monitoring plans", 1, Integer::sum);

            for (String type : List.of("avrr.case.registered.v1", "avrr.case.approved.v1", "avrr.grant.allocated.v1",
                    "avrr.case.return-completed.v1", "avrr.monitoring.started.v1")) {
                long distinct = events.all().stream().filter(e -> type.equals(e.type()))
                        .filter(ofCase(j.caseId())).map(e -> e.json().path("id").asText()).distinct().count();
                assertEquals(1, distinct, type + " for case " + j.caseId() + ": each effect once");
                counts.merge(type, 1, Integer::sum);
            }

            Actor.Reply timeline = partner.get("referral", "/api/v1/referrals/" + j.referralId() + "/timeline");
            Checks.expect(200, timeline);
            List<JsonNode> entries = new ArrayList<>();
            timeline.body().path("entries").forEach(entries::add);
            Map<String, Long> milestones = entries.stream().filter(e -> "MILESTONE".equals(e.path("kind").asText()))
                    .collect(Collectors.groupingBy(e -> e.path("code").asText(), TreeMap::new, Collectors.counting()));
            assertTrue(milestones.keySet().containsAll(List.of("CASE_OPENED", "UDI_DECISION_MADE", "TRAVEL_BOOKED",
                    "RETURNED", "MONITORING_STARTED")), "the referrer's timeline of " + j.referralId() + ": " + milestones);
            milestones.forEach((milestone, n) -> assertEquals(1L, n, milestone + " on the timeline of referral "
                    + j.referralId() + " once: " + milestones));
            counts.merge("timeline entries", milestones.size(), Integer::sum);
        }
        assertEquals(List.of(), events.deadLetters(), "nothing dead-lettered");
        for (String service : List.of("referral", "case", "grant", "monitoring")) {
            Actor.Reply parked = admin.get(service, "/api/v1/parked-events?size=100");
            Checks.expect(200, parked);
            assertEquals(0, parked.body().path("totalItems").asInt(), service + " parked or held events: " + parked);
        }
        assertEquals(List.of(), events.violations(), "every event matches the AsyncAPI document");

        System.out.printf("[e2e] fault test: %d journeys in %d s (%d parallel), %d retried calls%n", journeys.size(),
                seconds, PARALLEL, retries.get());
        faults.forEach(f -> System.out.println("[e2e] fault: " + f));
        counts.forEach((what, n) -> System.out.printf("[e2e] %-34s %d%n", what, n));
        System.out.printf("[e2e] dead letters 0, parked events 0%n");
    }

    private void awaitFinished(int journeys) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (finished.get() < journeys && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private Journey journey(int n) throws Exception {
        String key = UUID.randomUUID().toString();
        String body = """
                {"jurisdiction":"NO",
                 "person":{"givenName":"Testa","familyName":"Feilsdottir-%d","dateOfBirth":"1990-03-14",
                   "nationality":"ET","countryOfReturn":"ET","languages":["am"],"interpreterNeeded":true},
                 "vulnerability":{"categories":["MEDICAL_NEEDS"],"referralReason":"Wants to return home (fictional)"},
                 "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true},
                             {"purpose":"FEEDBACK_TO_REFERRER","language":"am","interpreterUsed":true}]}""".formatted(n);
        // The partner retries with the same key until it has an answer: a replay answers with the same referral.
        Actor.Reply created = call("referral", null,
                () -> partner.post("referral", "/api/v1/referrals", body, "Idempotency-Key", key));
        String referralId = created.id();
        call("acceptance", () -> "ACCEPTED".equals(status(partner.get("referral", "/api/v1/referrals/" + referralId))),
                () -> caseworker.post("referral", "/api/v1/referrals/" + referralId + "/acceptance", null));
        String caseId = until("the case", () -> {
            Actor.Reply r = caseworker.get("case", "/api/v1/cases?referralId=" + referralId);
            return r.status() == 200 && r.body().path("items").size() >= 1
                    ? r.body().path("items").get(0).path("id").asText() : null;
        });
        String path = "/api/v1/cases/" + caseId;
        call("consent to share for the return", () -> consents(caseId).contains("\"SHARE_FOR_RETURN\""),
                () -> caseworker.post("case", path + "/consents", consent("SHARE_FOR_RETURN")));
        call("eligibility", () -> reached(caseId, "ELIGIBILITY_ASSESSED"),
                () -> caseworker.post("case", path + "/eligibility-assessment", """
                        {"assessedOn":"%s","medicalNeeds":{"extensiveFollowUpNeeded":true,
                         "documentation":"Physician's statement (fictional)"}}""".formatted(TODAY)));
        call("signed application", () -> !caseworker.readCase(caseId).body().path("signedApplication").isMissingNode(),
                () -> caseworker.post("case", path + "/signed-application",
                        "{\"signedOn\":\"%s\",\"attachments\":1}".formatted(TODAY)));
        call("consent to share with UDI", () -> consents(caseId).contains("\"SHARE_WITH_UDI\""),
                () -> caseworker.post("case", path + "/consents", consent("SHARE_WITH_UDI")));
        call("submission to UDI", () -> reached(caseId, "SUBMITTED_TO_UDI"),
                () -> caseworker.post("case", path + "/udi-submission", null));
        call("UDI's approval", () -> reached(caseId, "UDI_APPROVED"), () -> udi.post("case", path + "/udi-decision", """
                {"outcome":"APPROVED","decidedOn":"%s","legalBasis":"Utlendingsforskriften (fictional basis)"}"""
                .formatted(TODAY)));
        String entitlementId = until("the entitlement", () -> {
            Actor.Reply r = caseworker.get("grant", "/api/v1/cases/" + caseId + "/entitlements");
            return r.status() == 200 && !items(r.body()).isEmpty() ? items(r.body()).get(0).path("id").asText() : null;
        });
        call("handover to the mission", () -> mission.get("case", path).status() == 200,
                () -> caseworker.post("case", path + "/mission-handover", null));
        until("the mission's view of the entitlement",
                () -> mission.get("grant", "/api/v1/entitlements/" + entitlementId).status() == 200 ? "" : null);
        Actor.Reply plan = call("a drafted plan", null, () -> mission.post("grant",
                "/api/v1/entitlements/" + entitlementId + "/plans", """
                {"lines":[{"category":"HOUSING","activity":"RENT","description":"A room for the first months (fictional)",
                           "provider":{"name":"Fiktiv Leverandør","reference":"ACC-FAULT"},
                           "amount":{"amount":"3000.00","currency":"NOK"}}]}"""));
        call("the plan's reference", null, () -> caseworker.put("case", path + "/reintegration-plan",
                "{\"planId\":\"%s\",\"draftedOn\":\"%s\"}".formatted(plan.id(), TODAY), "If-Match",
                caseworker.caseEtag(caseId)));
        // The mission submits the plan and the caseworker approves it; travel waits until case-service knows.
        String planPath = "/api/v1/plans/" + plan.id();
        // Done once grant-service answers it submitted (or on): an answer it could not give (503) is no answer.
        call("the plan's submission", () -> Set.of("SUBMITTED", "APPROVED").contains(planStatus(planPath)),
                () -> mission.post("grant", planPath + "/submission", null));
        call("the plan's approval", () -> "APPROVED".equals(planStatus(planPath)),
                () -> caseworker.post("grant", planPath + "/approval", null));
        until("the approval known to the case", () -> caseworker.readCase(caseId).body().path("reintegrationPlan")
                .path("approvedAt").isTextual() ? "" : null);
        call("the needs inventory", null, () -> caseworker.put("case", path + "/needs-inventory", """
                {"needs":[{"category":"HOUSING","description":"A room for the first months"}],
                 "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Ethiopia (fictional)",
                 "assessedOn":"%s"}""".formatted(TODAY), "If-Match", caseworker.caseEtag(caseId)));
        call("the travel arrangements", null, () -> caseworker.put("case", path + "/travel-arrangements", """
                {"travelDocument":{"status":"HELD","type":"PASSPORT"},"escort":{"arranged":false},
                 "transitAssistance":true,"arrivalAssistance":true,"medicalEscort":{"needed":false,"arranged":false}}""",
                "If-Match", caseworker.caseEtag(caseId)));
        call("the booking", () -> reached(caseId, "TRAVEL_PREPARATION"),
                () -> caseworker.post("case", path + "/travel-booking", """
                        {"departureDate":"%s","from":"OSL","to":"ADD","transitPoints":["IST"],"ticketReference":"TEST-FAULT-%d"}"""
                        .formatted(TODAY, n)));
        call("the departure", () -> reached(caseId, "DEPARTED"),
                () -> caseworker.post("case", path + "/departure", "{\"departedOn\":\"%s\"}".formatted(TODAY)));
        call("the arrival", () -> reached(caseId, "ARRIVED"),
                () -> mission.post("case", path + "/arrival", "{\"arrivedOn\":\"%s\"}".formatted(TODAY)));
        // Monitoring starts from the return-completed event: the plan is made by whichever instance consumes it.
        Stack.get().events.await("avrr.monitoring.started.v1", ofCase(caseId), STEP);
        finished.incrementAndGet();
        return new Journey(referralId, caseId, entitlementId);
    }

    private String planStatus(String planPath) {
        Actor.Reply r = mission.get("grant", planPath);
        return r.status() == 200 ? r.body().path("status").asText() : "";
    }

    private static String consent(String purpose) {
        return "{\"purpose\":\"%s\",\"givenOn\":\"%s\",\"language\":\"am\",\"interpreterUsed\":true}"
                .formatted(purpose, TODAY);
    }

    private String consents(String caseId) {
        return caseworker.readCase(caseId).body().path("consents").toString();
    }

    private boolean reached(String caseId, String status) {
        return ORDER.indexOf(status(caseworker.get("case", "/api/v1/cases/" + caseId))) >= ORDER.indexOf(status);
    }

    private static String status(Actor.Reply r) {
        return r.status() == 200 ? r.body().path("status").asText() : "";
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        (page.isArray() ? page : page.path("items")).forEach(items::add);
        return items;
    }

    /**
     * A step as a client takes it through faults: unless it is done already, it is tried, and a refused connection,
     * a 5xx or a conflict with what has not yet arrived is tried again; a refusal of the input fails the test.
     */
    private Actor.Reply call(String step, BooleanSupplier done, Supplier<Actor.Reply> action)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(STEP);
        Actor.Reply last = null;
        while (true) {
            Actor.Reply reply = null;
            try {
                if (done != null && done.getAsBoolean()) {
                    return last;
                }
                reply = action.get();
            } catch (RuntimeException | AssertionError e) {
                // the service is down or the database away: a client tries again
            }
            if (reply != null) {
                last = reply;
                if (reply.status() / 100 == 2) {
                    return reply;
                }
                if (reply.status() / 100 == 4 && !Set.of(404, 409, 412, 429).contains(reply.status())) {
                    throw new AssertionError(step + " refused: " + reply);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(step + " did not get through in " + STEP.toSeconds() + " s; last: " + last);
            }
            retries.incrementAndGet();
            Thread.sleep(500);
        }
    }

    /** Polls until the lookup answers (non-null), through faults. */
    private String until(String what, Supplier<String> lookup) throws InterruptedException {
        Instant deadline = Instant.now().plus(STEP);
        while (true) {
            try {
                String found = lookup.get();
                if (found != null) {
                    return found;
                }
            } catch (RuntimeException | AssertionError e) {
                // a service down or the database away
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not arrive in " + STEP.toSeconds() + " s");
            }
            Thread.sleep(300);
        }
    }
}
