package dev.avrr.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.roundRobinSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Whole journeys on both routes, the happy path of the end-to-end tests (deploy/e2e), through the four services'
 * HTTP APIs, each with its own base URL ({@code bench.target.referral}, {@code .case}, {@code .grant},
 * {@code .monitoring}):
 * <ul>
 * <li>the Norwegian route (NorwayUnaccompaniedMinorJourneyIT): a reception centre refers an unaccompanied minor,
 * IOM Oslo accepts, records his consents, assesses him eligible, sends his signed application to UDI, which approves
 * it; the case goes to the mission in Ethiopia, which drafts the grant plan; needs, plan reference, family tracing,
 * travel arrangements, booking, departure and arrival; the plan submitted and approved, a vendor paid in kind
 * (requested by the mission, approved by finance, paid); the arrival contact once monitoring has started;</li>
 * <li>the Swedish route (SwedenTraffickingJourneyIT): social services refer a victim of trafficking and her child
 * (a draft, then its submission), the coordinator approves, IOM Helsinki accepts, records her consent, the signed
 * application (on the referral) reaches the case, eligibility, needs inventory; the case goes to the mission in
 * Nigeria, which drafts the plan; its reference, the risk assessment, travel arrangements, booking, departure and
 * arrival (four months back, as the test has it); a conversion, the plan adapted, submitted and approved, a vendor
 * paid; and the four follow-up contacts that complete monitoring.</li>
 * </ul>
 * Where a step waits on another service's event (the case after the acceptance, the entitlements, the mission's
 * sight of the grant after the handover, monitoring), the journey polls ("... (wait)"), 75 ms apart, at most 30 s;
 * then one last call ("... (wait timed out)") fails the journey unless the awaited state has come. A failed call
 * ends the journey. The last call of each route is named "... (journey completed)" and checks its answer.
 * <p>
 * The two routes alternate. Without {@code bench.rate}: {@code bench.connections} journeys at a time (closed load,
 * the saturation); with it: journeys started at that rate per second (open load). A journey lasts longer than the
 * warm-up and the measured window themselves, so the load is one, throughout both: each call is named by the phase
 * it is sent in ("warm-up: ..." first), and when the measured window ends the journeys stop where they are. The
 * window's calls per second are thus those of journeys already under way; the journeys per second the run script
 * derives from them (deploy/bench/Summary.java --rate) are each route's calls divided by its steps.
 * <p>
 * With {@code bench.template} (a file), one Norwegian journey only, to its end, for the fill's template
 * (docs/performance.md#the-fill): when it has completed, the file gets the referral's and the case's ids.
 */
public class Journey extends Simulation {

    /** The suffix of each route's last call, for the reader of the report (journeys are counted by their calls). */
    static final String COMPLETED = " (journey completed)";

    private static final String RATE = System.getProperty("bench.rate", "");
    private static final String TEMPLATE = System.getProperty("bench.template", "");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(75);
    private static final long WARMUP = Bench.warmup().toNanos();
    private static final long END = Bench.warmup().plus(Bench.measured()).toNanos();

    private final String referral = Bench.target("referral");
    private final String cases = Bench.target("case");
    private final String grants = Bench.target("grant");
    private final String monitoring = Bench.target("monitoring");

    /** When the load started (before()): the warm-up, then the measured window, are counted from it. */
    private static volatile long started = System.nanoTime();

    private final String label = RATE.isBlank() ? "journeys at saturation" : "journeys at " + RATE + " per s";

    @Override
    public void before() {
        started = System.nanoTime();
    }

    /** "warm-up" while the warm-up lasts, then the measured window's label. */
    private String phase() {
        return System.nanoTime() - started < WARMUP ? "warm-up" : label;
    }

    /** The measured window is over: no journey takes another step (a template's journey goes to its end). */
    private static boolean over() {
        return TEMPLATE.isBlank() && System.nanoTime() - started >= END;
    }

    /**
     * Names a route's calls "phase: route nn/NN what": the phase the call is sent in (its warm-up named apart), its
     * place among the route's NN calls; the polls of a wait "phase: route what (wait)", outside the count. The run
     * script counts a route's journeys by its calls (deploy/bench/Summary.java --rate).
     */
    private final class Names {
        private final String route;
        private int calls;

        Names(String route) {
            this.route = route;
        }

        Function<Session, String> next(String what) {
            int call = ++calls;
            // The route's number of calls is known once all are named, before the load starts.
            return session -> String.format(Locale.ROOT, "%s: %s %02d/%02d %s", phase(), route, call, calls, what);
        }

        Function<Session, String> waitFor(String what) {
            return session -> phase() + ": " + route + " " + what;
        }
    }

    /** A route's steps, each taken only while the measured window lasts: after it, the journey stops where it is. */
    private static final class Steps {
        private ChainBuilder chain;

        Steps(Function<Session, Session> start) {
            chain = exec(start);
        }

        Steps then(HttpRequestActionBuilder request) {
            chain = chain.exitHereIf(session -> over()).exec(request);
            return this;
        }

        Steps then(ChainBuilder block) {
            chain = chain.exitHereIf(session -> over()).exec(block);
            return this;
        }

        /** A part of a route that more than one route takes. */
        Steps then(UnaryOperator<Steps> part) {
            return part.apply(this);
        }

        ChainBuilder chain() {
            return chain;
        }
    }

    /** The mission asks for a disbursement to a vendor, finance approves it, and the mission records its payment. */
    private Steps vendorPaid(Steps steps, Names n, String mission, String finance, String disbursement,
            String payment) {
        return steps.then(post(n.next("POST /api/v1/entitlements/{id}/disbursements"),
                grants + "/api/v1/entitlements/#{entitlementId}/disbursements", mission, disbursement)
                .header("Idempotency-Key", session -> Bench.freshKey())
                .check(status().is(201), jsonPath("$.id").saveAs("disbursementId"),
                        jsonPath("$.status").is("REQUESTED")))
                .then(post(n.next("POST /api/v1/disbursements/{id}/approval"),
                        grants + "/api/v1/disbursements/#{disbursementId}/approval", finance, null)
                        .check(status().is(200), jsonPath("$.status").is("APPROVED")))
                .then(post(n.next("POST /api/v1/disbursements/{id}/payment"),
                        grants + "/api/v1/disbursements/#{disbursementId}/payment", mission, payment)
                        .check(status().is(200), jsonPath("$.status").is("PAID")));
    }

    // ---- the Norwegian route ----

    private ChainBuilder norway() {
        Names n = new Names("NO");
        String centre = Bench.token("centre");
        String caseworker = Bench.token("caseworker");
        String udi = Bench.token("udi");
        String mission = Bench.token("mission-et");
        String finance = Bench.token("finance");
        String theCase = cases + "/api/v1/cases/#{caseId}";
        return new Steps(session -> {
            // The services judge dates by UTC; sixteen today, a minor on every date of the journey.
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return session.set("today", today.toString()).set("born", today.minusYears(16).minusDays(40).toString())
                    .set("arrivedInNorway", today.minusYears(1).toString());
        })
                // The reception centre refers him to IOM Oslo with his consents.
                .then(post(n.next("POST /api/v1/referrals"), referral + "/api/v1/referrals", centre, NO_REFERRAL)
                        .header("Idempotency-Key", session -> Bench.freshKey())
                        .check(status().is(201), jsonPath("$.id").saveAs("referralId"),
                                jsonPath("$.status").is("SUBMITTED")))
                // IOM Oslo accepts; case-service registers the case from the event.
                .then(post(n.next("POST /api/v1/referrals/{id}/acceptance"),
                        referral + "/api/v1/referrals/#{referralId}/acceptance", caseworker, null)
                        .check(status().is(200), jsonPath("$.status").is("ACCEPTED")))
                .then(caseRegistered(n.waitFor("GET /api/v1/cases?referralId={id}"), caseworker))
                .then(post(n.next("POST /api/v1/cases/{id}/consents"), theCase + "/consents", caseworker, """
                        {"purpose":"SHARE_FOR_RETURN","givenOn":"#{today}","language":"am","interpreterUsed":true}""")
                        .check(status().is(200)))
                // Eligible as an unaccompanied minor.
                .then(post(n.next("POST /api/v1/cases/{id}/eligibility-assessment"),
                        theCase + "/eligibility-assessment", caseworker, """
                                {"assessedOn":"#{today}","arrival":{"withoutParentOrLegalGuardian":true,\
                                "arrivedOn":"#{arrivedInNorway}"},\
                                "note":"Assessed with an Amharic interpreter (fictional)"}""")
                        .check(status().is(200), jsonPath("$.eligibility.eligible").ofBoolean().is(true)))
                // The application goes to UDI signed and with his consent to share with UDI; UDI approves.
                .then(post(n.next("POST /api/v1/cases/{id}/signed-application"), theCase + "/signed-application",
                        caseworker, """
                                {"signedOn":"#{today}","attachments":1}""").check(status().is(200)))
                .then(post(n.next("POST /api/v1/cases/{id}/consents (UDI)"), theCase + "/consents", caseworker, """
                        {"purpose":"SHARE_WITH_UDI","givenOn":"#{today}","language":"am","interpreterUsed":true}""")
                        .check(status().is(200)))
                .then(post(n.next("POST /api/v1/cases/{id}/udi-submission"), theCase + "/udi-submission", caseworker,
                        null).check(status().is(200), jsonPath("$.status").is("SUBMITTED_TO_UDI")))
                .then(post(n.next("POST /api/v1/cases/{id}/udi-decision"), theCase + "/udi-decision", udi, """
                        {"outcome":"APPROVED","decidedOn":"#{today}",\
                        "legalBasis":"Utlendingsforskriften (fictional basis)"}""")
                        .check(status().is(200), jsonPath("$.status").is("UDI_APPROVED")))
                // grant-service allocates on the approval; IOM Oslo hands the case over to the mission in Ethiopia.
                .then(await(n.waitFor("GET /api/v1/cases/{id}/entitlements"),
                        grants + "/api/v1/cases/#{caseId}/entitlements", caseworker,
                        session -> session.contains("entitlementId"),
                        List.of(jsonPath("$[0].id").optional().saveAs("entitlementId")),
                        List.of(jsonPath("$[0].id").saveAs("entitlementId"))))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(post(n.next("POST /api/v1/cases/{id}/mission-handover"), theCase + "/mission-handover",
                        caseworker, null).header("If-Match", "#{etag}").check(status().is(200)))
                .then(missionSeesGrant(n.waitFor("GET /api/v1/entitlements/{id}"), mission))
                .then(post(n.next("POST /api/v1/entitlements/{id}/plans"),
                        grants + "/api/v1/entitlements/#{entitlementId}/plans", mission, NO_PLAN)
                        .check(status().is(201), jsonPath("$.id").saveAs("planId"), jsonPath("$.status").is("DRAFT")))
                // Preparations: needs, plan reference, family tracing, escort.
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/needs-inventory"), theCase + "/needs-inventory", caseworker,
                        NO_NEEDS).header("If-Match", "#{etag}").check(status().is(200)))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/reintegration-plan"), theCase + "/reintegration-plan",
                        caseworker, """
                                {"planId":"#{planId}","draftedOn":"#{today}"}""").header("If-Match", "#{etag}")
                        .check(status().is(200)))
                // The mission submits the plan; IOM Oslo approves it; case-service learns it (travel waits for it).
                .then(post(n.next("POST /api/v1/plans/{id}/submission"), grants + "/api/v1/plans/#{planId}/submission",
                        mission, null).check(status().is(200), jsonPath("$.status").is("SUBMITTED")))
                .then(post(n.next("POST /api/v1/plans/{id}/approval"), grants + "/api/v1/plans/#{planId}/approval",
                        caseworker, null).check(status().is(200), jsonPath("$.status").is("APPROVED"),
                                jsonPath("$.lines[?(@.activity == 'FOOD')].id").saveAs("planLineId")))
                .then(planApprovedOnCase(n.waitFor("GET /api/v1/cases/{id} (plan approved)"), caseworker))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/family-tracing"), theCase + "/family-tracing", caseworker,
                        NO_FAMILY_TRACING).header("If-Match", "#{etag}").check(status().is(200)))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/travel-arrangements"), theCase + "/travel-arrangements",
                        caseworker, NO_ARRANGEMENTS).header("If-Match", "#{etag}").check(status().is(200)))
                // Travel: booked, departed, arrived, all today.
                .then(post(n.next("POST /api/v1/cases/{id}/travel-booking"), theCase + "/travel-booking", caseworker,
                        """
                                {"departureDate":"#{today}","from":"OSL","to":"ADD","transitPoints":["IST"],\
                                "ticketReference":"TEST-E2E-0016"}""")
                        .check(status().is(200), jsonPath("$.status").is("TRAVEL_PREPARATION")))
                .then(post(n.next("POST /api/v1/cases/{id}/departure"), theCase + "/departure", caseworker, """
                        {"departedOn":"#{today}"}""").check(status().is(200), jsonPath("$.status").is("DEPARTED")))
                .then(post(n.next("POST /api/v1/cases/{id}/arrival"), theCase + "/arrival", mission, """
                        {"arrivedOn":"#{today}"}""").check(status().is(200), jsonPath("$.status").is("ARRIVED")))
                // The subsistence is paid in kind to a vendor on the approved plan's line.
                .then(route -> vendorPaid(route, n, mission, finance, NO_DISBURSEMENT, NO_PAYMENT))
                // Monitoring starts from the return; the mission makes the arrival contact.
                .then(monitoringActive(n.waitFor("GET /api/v1/monitoring/cases/{id}"), mission))
                .then(post(n.next("POST /api/v1/monitoring/cases/{id}/contacts" + COMPLETED),
                        monitoring + "/api/v1/monitoring/cases/#{caseId}/contacts", mission, NO_CONTACT)
                        .header("Idempotency-Key", session -> Bench.freshKey())
                        .check(status().is(201), jsonPath("$.fulfilledItem").exists()))
                .chain();
    }

    private static final String NO_REFERRAL = """
            {"jurisdiction":"NO",
             "person":{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"#{born}","sex":"MALE",
               "nationality":"ET","countryOfReturn":"ET","languages":["am"],"interpreterNeeded":true,
               "contact":{"phone":"+47 900 00 016"}},
             "vulnerability":{"categories":["UNACCOMPANIED_MINOR"],
               "referralReason":"Unaccompanied minor who wants to return to his family (fictional)"},
             "consents":[{"purpose":"SHARE_WITH_IOM","language":"am","interpreterUsed":true},
                         {"purpose":"FEEDBACK_TO_REFERRER","language":"am","interpreterUsed":true}]}""";

    private static final String NO_PLAN = """
            {"notes":"Lives with his mother; back to school (fictional)",
             "lines":[{"category":"SUBSISTENCE","activity":"FOOD","description":"Food for the first two months",
                       "provider":{"name":"Fiktiv Matbutikk","reference":"ACC-E2E-FOOD"},
                       "amount":{"amount":"2000.00","currency":"NOK"}},
                      {"category":"EDUCATION_BUSINESS","activity":"SCHOOL_FEES","description":"A year of school",
                       "provider":{"name":"Fiktiv Skole","reference":"ACC-E2E-SCHOOL"},
                       "amount":{"amount":"6000.00","currency":"NOK"}}]}""";

    private static final String NO_NEEDS = """
            {"needs":[{"category":"EDUCATION_OR_LIVELIHOOD","description":"Back to school"},
                      {"category":"SUBSISTENCE","description":"Food and clothes for the first months"}],
             "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Ethiopia (fictional)",
             "assessedOn":"#{today}"}""";

    private static final String NO_FAMILY_TRACING = """
            {"outcome":"FAMILY_FOUND","receiver":{"name":"Testina Fiktivsen","relationToChild":"mother"},
             "bestInterests":{"returnInChildsBestInterest":true,"decidedOn":"#{today}",
                              "decidedBy":"Barnevernet (fictional)"},
             "completedOn":"#{today}"}""";

    private static final String NO_ARRANGEMENTS = """
            {"travelDocument":{"status":"OBTAINED","type":"EMERGENCY_TRAVEL_DOCUMENT"},
             "escort":{"arranged":true,"kind":"IOM_STAFF"},"transitAssistance":true,"arrivalAssistance":true,
             "medicalEscort":{"needed":false,"arranged":false}}""";

    private static final String NO_DISBURSEMENT = """
            {"category":"SUBSISTENCE","planLineId":"#{planLineId}",
             "payee":{"type":"VENDOR","name":"Fiktiv Matbutikk","account":"ACC-E2E-FOOD"},
             "amount":{"amount":"2000.00","currency":"NOK"}}""";

    /** 25,000 birr at 0.08 NOK is the 2,000 NOK approved, paid today. */
    private static final String NO_PAYMENT = """
            {"paidOn":"#{today}","localAmount":{"amount":"25000.00","currency":"ETB"},"exchangeRate":"0.08",
             "nokEquivalent":{"amount":"2000.00","currency":"NOK"},"reference":"BANK-E2E-0016"}""";

    private static final String NO_CONTACT = """
            {"contactedOn":"#{today}","mode":"VISIT","reached":true,"planProgress":"ON_TRACK","grantUse":"AS_PLANNED",
             "wellbeingNotes":"Back with his mother; starts school next week (fictional)","alerts":[]}""";

    // ---- the Swedish route ----

    private ChainBuilder sweden() {
        Names n = new Names("SE");
        String socialServices = Bench.token("partner-se");
        String coordinator = Bench.token("coordinator");
        String caseworker = Bench.token("caseworker-se");
        String mission = Bench.token("mission-ng");
        String finance = Bench.token("finance");
        String theCase = cases + "/api/v1/cases/#{caseId}";
        String theReferral = referral + "/api/v1/referrals/#{referralId}";
        Steps steps = new Steps(session -> {
            // Booked, left and arrived today: a departure is never before the case's registration or its booking.
            // The follow-up walks what is due by then: the arrival meeting and the month 1 contact, whose item
            // opens on arrival; the months after it lie ahead (the end-to-end journey lives them, on a moved clock).
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Session s = session.set("today", today.toString()).set("returnedOn", today.toString());
            for (int month = 0; month < SE_CONTACTS; month++) {
                s = s.set("due" + month, today.toString());
            }
            return s;
        })
                // Nytt ärende, Hänvisning: social services refer, with the consents each hand-over needs.
                .then(post(n.next("POST /api/v1/referrals"), referral + "/api/v1/referrals", socialServices,
                        SE_REFERRAL).header("Idempotency-Key", session -> Bench.freshKey())
                        .check(status().is(201), jsonPath("$.id").saveAs("referralId"),
                                jsonPath("$.status").is("DRAFT"),
                                header("ETag").saveAs("etag")))
                .then(post(n.next("POST /api/v1/referrals/{id}/submission"), theReferral + "/submission",
                        socialServices, null).header("If-Match", "#{etag}")
                        .check(status().is(200), jsonPath("$.status").is("AWAITING_COORDINATOR")))
                // Meddelande: the coordinator reads the person and approves.
                .then(etag(n.next("GET /api/v1/referrals/{id}"), theReferral, coordinator))
                .then(post(n.next("POST /api/v1/referrals/{id}/coordinator-approval"),
                        theReferral + "/coordinator-approval", coordinator, null).header("If-Match", "#{etag}")
                        .check(status().is(200), jsonPath("$.status").is("APPROVED_BY_COORDINATOR")))
                // Stöd: IOM Helsinki accepts; case-service registers the case, approved on the coordinator's basis.
                .then(post(n.next("POST /api/v1/referrals/{id}/acceptance"), theReferral + "/acceptance", caseworker,
                        null).check(status().is(200), jsonPath("$.status").is("ACCEPTED")))
                .then(caseRegistered(n.waitFor("GET /api/v1/cases?referralId={id}"), caseworker))
                .then(get(n.next("GET /api/v1/cases/{id}"), theCase, caseworker)
                        .check(status().is(200), jsonPath("$.applicant.memberId").saveAs("adultId")))
                .then(post(n.next("POST /api/v1/cases/{id}/consents"), theCase + "/consents", caseworker, """
                        {"purpose":"SHARE_FOR_RETURN","givenOn":"#{today}","language":"en","interpreterUsed":false}""")
                        .check(status().is(200)))
                // Välgrundat beslut: the signed application, recorded on the referral, reaches the case.
                .then(post(n.next("POST /api/v1/referrals/{id}/signed-application"),
                        theReferral + "/signed-application", caseworker, SE_SIGNED).check(status().is(201)))
                .then(await(n.waitFor("GET /api/v1/cases/{id}"), theCase, caseworker,
                        session -> session.getString("today").equals(session.getString("signedOn")),
                        List.of(jsonPath("$.signedApplication.signedOn").optional().saveAs("signedOn")),
                        List.of(jsonPath("$.signedApplication.signedOn").isEL("#{today}"))))
                .then(post(n.next("POST /api/v1/cases/{id}/eligibility-assessment"),
                        theCase + "/eligibility-assessment", caseworker, """
                                {"assessedOn":"#{today}","trafficking":{"identified":true,\
                                "identifiedBy":"Polisen, människohandelsgruppen (fictional)"}}""")
                        .check(status().is(200), jsonPath("$.eligibility.eligible").ofBoolean().is(true)))
                // Behovsinventering.
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/needs-inventory"), theCase + "/needs-inventory", caseworker,
                        SE_NEEDS).header("If-Match", "#{etag}").check(status().is(200)))
                // Återintegrationsplan: the package allocated for both; the case handed over to the mission of
                // Nigeria, which drafts the plan in grant-service; its reference recorded on the case.
                .then(await(n.waitFor("GET /api/v1/cases/{id}/entitlements"),
                        grants + "/api/v1/cases/#{caseId}/entitlements", caseworker,
                        session -> session.contains("entitlementId")
                                && Integer.valueOf(2).equals(session.get("entitlements")),
                        List.of(jsonPath("$[*].beneficiaryId").count().saveAs("entitlements"),
                                jsonPath("$[?(@.beneficiaryId == '#{adultId}')].id").optional()
                                        .saveAs("entitlementId")),
                        List.of(jsonPath("$[*].beneficiaryId").count().is(2),
                                jsonPath("$[?(@.beneficiaryId == '#{adultId}')].id").saveAs("entitlementId"))))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(post(n.next("POST /api/v1/cases/{id}/mission-handover"), theCase + "/mission-handover",
                        caseworker, null).header("If-Match", "#{etag}").check(status().is(200)))
                .then(missionSeesGrant(n.waitFor("GET /api/v1/entitlements/{id}"), mission))
                .then(post(n.next("POST /api/v1/entitlements/{id}/plans"),
                        grants + "/api/v1/entitlements/#{entitlementId}/plans", mission, plan())
                        .check(status().is(201), jsonPath("$.id").saveAs("planId"), jsonPath("$.status").is("DRAFT")))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/reintegration-plan"), theCase + "/reintegration-plan",
                        caseworker, """
                                {"planId":"#{planId}","draftedOn":"#{today}"}""").header("If-Match", "#{etag}")
                        .check(status().is(200)))
                // The mission submits the plan; IOM Helsinki approves it; case-service learns it.
                .then(post(n.next("POST /api/v1/plans/{id}/submission"), grants + "/api/v1/plans/#{planId}/submission",
                        mission, null).check(status().is(200)))
                .then(post(n.next("POST /api/v1/plans/{id}/approval"), grants + "/api/v1/plans/#{planId}/approval",
                        caseworker, null).check(status().is(200), jsonPath("$.status").is("APPROVED"),
                                jsonPath("$.total.amount").is("25000.00"),
                                jsonPath("$.lines[?(@.activity == 'EQUIPMENT')].id").saveAs("planLineId")))
                .then(planApprovedOnCase(n.waitFor("GET /api/v1/cases/{id} (plan approved)"), caseworker))
                // Riskhantering.
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(post(n.next("POST /api/v1/cases/{id}/risk-assessments"), theCase + "/risk-assessments",
                        caseworker, SE_RISKS).header("If-Match", "#{etag}").check(status().is(200)))
                // Förberedelser inför och under hemresan: arrangements, booking; departure and arrival.
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(put(n.next("PUT /api/v1/cases/{id}/travel-arrangements"), theCase + "/travel-arrangements",
                        caseworker, SE_ARRANGEMENTS).header("If-Match", "#{etag}").check(status().is(200)))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(post(n.next("POST /api/v1/cases/{id}/travel-booking"), theCase + "/travel-booking", caseworker,
                        """
                                {"departureDate":"#{today}","from":"ARN","to":"LOS","transitPoints":["AMS"],\
                                "ticketReference":"E2E-SE-0001"}""").header("If-Match", "#{etag}")
                        .check(status().is(200), jsonPath("$.status").is("TRAVEL_PREPARATION")))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag)"), theCase, caseworker))
                .then(post(n.next("POST /api/v1/cases/{id}/departure"), theCase + "/departure", caseworker, """
                        {"departedOn":"#{returnedOn}"}""").header("If-Match", "#{etag}")
                        .check(status().is(200), jsonPath("$.status").is("DEPARTED")))
                .then(etag(n.next("GET /api/v1/cases/{id} (ETag, mission)"), theCase, mission))
                .then(post(n.next("POST /api/v1/cases/{id}/arrival"), theCase + "/arrival", mission, """
                        {"arrivedOn":"#{returnedOn}"}""").header("If-Match", "#{etag}")
                        .check(status().is(200), jsonPath("$.status").is("ARRIVED")))
                // Återintegrationsstöd: the mission converts accommodation into business start-up and puts what
                // it made possible into a second plan, which the caseworker approves; a vendor is paid on the
                // first plan's line.
                .then(etag(n.next("GET /api/v1/entitlements/{id} (ETag)"),
                        grants + "/api/v1/entitlements/#{entitlementId}", mission))
                .then(post(n.next("POST /api/v1/entitlements/{id}/conversions"),
                        grants + "/api/v1/entitlements/#{entitlementId}/conversions", mission, SE_CONVERSION)
                        .header("If-Match", "#{etag}").check(status().is(201)))
                .then(post(n.next("POST /api/v1/entitlements/{id}/plans (second)"),
                        grants + "/api/v1/entitlements/#{entitlementId}/plans", mission, SE_SECOND_PLAN)
                        .check(status().is(201), jsonPath("$.id").saveAs("secondPlanId")))
                .then(post(n.next("POST /api/v1/plans/{id}/submission (second)"),
                        grants + "/api/v1/plans/#{secondPlanId}/submission", mission, null).check(status().is(200)))
                .then(post(n.next("POST /api/v1/plans/{id}/approval (second)"),
                        grants + "/api/v1/plans/#{secondPlanId}/approval", caseworker, null)
                        .check(status().is(200), jsonPath("$.status").is("APPROVED"),
                                jsonPath("$.total.amount").is("3000.00")))
                .then(route -> vendorPaid(route, n, mission, finance, SE_DISBURSEMENT, SE_PAYMENT))
                // Uppföljning: the Swedish schedule, the contacts due on the day of arrival, each fulfilling its item.
                .then(monitoringActive(n.waitFor("GET /api/v1/monitoring/cases/{id}"), mission));
        for (int month = 0; month < SE_CONTACTS; month++) {
            Function<Session, String> name = n.next("POST /api/v1/monitoring/cases/{id}/contacts"
                    + (month == SE_CONTACTS - 1 ? COMPLETED : ""));
            steps.then(post(name, monitoring + "/api/v1/monitoring/cases/#{caseId}/contacts", mission,
                    SE_CONTACT.formatted(month, month == 0 ? "VISIT" : "PHONE",
                            month == 0 ? "NOT_YET_RECEIVED" : "AS_PLANNED"))
                    .header("Idempotency-Key", session -> Bench.freshKey())
                    .check(status().is(201), jsonPath("$.fulfilledItem").exists()));
        }
        return steps.chain();
    }

    private static String consent(String purpose, String recipient) {
        return "{\"purpose\":\"%s\",\"recipientOrg\":\"%s\",\"language\":\"en\",\"interpreterUsed\":false}"
                .formatted(purpose, recipient);
    }

    private static final String SE_REFERRAL = """
            {"jurisdiction":"SE","coordinatorOrg":"lansstyrelsen-stockholm",
             "person":{"givenName":"Testa","familyName":"Påhittadsdottir","dateOfBirth":"1970-10-03","sex":"FEMALE",
               "nationality":"NG","countryOfReturn":"NG","languages":["en"],"interpreterNeeded":false,
               "contact":{"phone":"+46 00 000 00 00"},
               "identifiers":[{"type":"SAMORDNINGSNUMMER","value":"701063-2391"}],
               "household":[{"givenName":"Låtsas","familyName":"Påhittadsdottir","dateOfBirth":"2017-05-14",
                             "relation":"CHILD","sex":"MALE"}]},
             "vulnerability":{"categories":["VICTIM_OF_TRAFFICKING_ADULT"],
               "traffickingIdentifiedBy":"Polisen, människohandelsgruppen (fictional)",
               "referralReason":"Wants to go home with her son",
               "notes":"Fictional notes: exploited in a fictional restaurant; afraid of the recruiter"},
             "consents":[%s,%s,%s,%s],
             "submit":false}""".formatted(consent("SHARE_WITH_COORDINATOR", "lansstyrelsen-stockholm"),
            consent("SHARE_WITH_IOM", "iom-helsinki"), consent("FEEDBACK_TO_REFERRER", "socialtjansten-malmo"),
            consent("FEEDBACK_TO_REFERRER", "lansstyrelsen-stockholm"));

    private static final String SE_SIGNED = """
            {"signedOn":"#{today}","language":"en","attachments":[
              {"documentType":"PASSPORT_COPY","fileName":"passport-copy.pdf","mediaType":"application/pdf",
               "sizeBytes":182044,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}""";

    private static final String SE_NEEDS = """
            {"needs":[{"category":"EDUCATION_OR_LIVELIHOOD","description":"Wants to open a tailoring shop"},
                      {"category":"PSYCHOSOCIAL","description":"Counselling after the exploitation"}],
             "supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Nigeria","assessedOn":"#{today}"}""";

    /** Her plan: the sewing machines, and the shop's rent (7,000 drafted; 10,000 after the conversion). */
    private static String plan() {
        return """
                {"notes":"A tailoring shop in her home town","lines":[
                 {"category":"EDUCATION_BUSINESS_EMPLOYMENT","activity":"EQUIPMENT",
                  "description":"Two sewing machines and an overlocker","provider":{"name":"Fiktiv Symaskin Ltd"},
                  "amount":{"amount":"18000.00","currency":"NOK"}},
                 {"category":"EDUCATION_BUSINESS_EMPLOYMENT","activity":"BUSINESS_PREMISES",
                  "description":"Six months' rent of a small shop","provider":{"name":"Fiktiv Eiendom Ltd"},
                  "amount":{"amount":"7000.00","currency":"NOK"}}]}""";
    }

    /** What the conversion made possible: three more months of rent for the shop. */
    private static final String SE_SECOND_PLAN = """
            {"notes":"The shop for longer","lines":[
             {"category":"EDUCATION_BUSINESS_EMPLOYMENT","activity":"BUSINESS_PREMISES",
              "description":"Three more months' rent of the shop","provider":{"name":"Fiktiv Eiendom Ltd"},
              "amount":{"amount":"3000.00","currency":"NOK"}}]}""";

    private static final String SE_RISKS = """
            {"level":"MEDIUM","risks":["The recruiter's network is active in the home town"],
             "mitigations":["Met by the mission at the airport","Housing in another town"],"assessedOn":"#{today}"}""";

    private static final String SE_ARRANGEMENTS = """
            {"travelDocument":{"status":"OBTAINED","type":"EMERGENCY_TRAVEL_DOCUMENT"},
             "escort":{"arranged":false},"transitAssistance":true,"arrivalAssistance":true,
             "medicalEscort":{"needed":false,"arranged":false}}""";

    private static final String SE_CONVERSION = """
            {"from":"ACCOMMODATION","to":"EDUCATION_BUSINESS_EMPLOYMENT","amount":{"amount":"5000.00","currency":"NOK"},
             "reason":"Lives with her sister's family; the money goes to the shop"}""";

    private static final String SE_DISBURSEMENT = """
            {"category":"EDUCATION_BUSINESS_EMPLOYMENT","planLineId":"#{planLineId}",
             "payee":{"type":"VENDOR","name":"Fiktiv Symaskin Ltd","account":"NG-ACC-0001"},
             "amount":{"amount":"18000.00","currency":"NOK"}}""";

    /** 2,500,000 NGN at 0.0072 NOK per naira is exactly the 18,000 NOK approved. */
    private static final String SE_PAYMENT = """
            {"paidOn":"#{today}","localAmount":{"amount":"2500000.00","currency":"NGN"},"exchangeRate":"0.0072",
             "nokEquivalent":{"amount":"18000.00","currency":"NOK"},"reference":"E2E-BANK-0001"}""";

    /** The Swedish route's follow-up contacts on the day of arrival: the arrival meeting and month 1's. */
    private static final int SE_CONTACTS = 2;

    /** A follow-up contact of month %1$d (0: the arrival meeting) on the day it is made, reaching her. */
    private static final String SE_CONTACT = """
            {"contactedOn":"#{due%1$d}","mode":"%2$s","reached":true,"planProgress":"ON_TRACK","grantUse":"%3$s",
             "wellbeingNotes":"Fictional: settled in with her sister; the boy goes to school"}""";

    // ---- the waits on another service's event ----

    /** The case case-service registered from the accepted referral, found by the referral's id. */
    private ChainBuilder caseRegistered(Function<Session, String> name, String caseworker) {
        return await(name, cases + "/api/v1/cases?referralId=#{referralId}", caseworker,
                session -> session.contains("caseId"),
                List.of(jsonPath("$.items[0].id").optional().saveAs("caseId")),
                List.of(jsonPath("$.items[0].id").saveAs("caseId")));
    }

    /** After the handover, the mission sees the entitlement in grant-service. */
    private ChainBuilder missionSeesGrant(Function<Session, String> name, String mission) {
        return await(name, grants + "/api/v1/entitlements/#{entitlementId}", mission,
                session -> Integer.valueOf(200).equals(session.get("missionSeesGrant")),
                List.of(status().saveAs("missionSeesGrant")), List.of());
    }

    /** case-service learned from grant-service's announcement that the case's plan is approved. */
    private ChainBuilder planApprovedOnCase(Function<Session, String> name, String caseworker) {
        return await(name, cases + "/api/v1/cases/#{caseId}", caseworker,
                session -> session.contains("planApprovedAt"),
                List.of(jsonPath("$.reintegrationPlan.approvedAt").optional().saveAs("planApprovedAt")),
                List.of(jsonPath("$.reintegrationPlan.approvedAt").exists()));
    }

    /** monitoring-service started the follow-up from the return, and the mission sees it. */
    private ChainBuilder monitoringActive(Function<Session, String> name, String mission) {
        return await(name, monitoring + "/api/v1/monitoring/cases/#{caseId}", mission,
                session -> "ACTIVE".equals(session.getString("monitoringStatus")),
                List.of(jsonPath("$.status").optional().saveAs("monitoringStatus")),
                List.of(jsonPath("$.status").is("ACTIVE")));
    }

    /**
     * Polls a GET ("name (wait)", 200 or 404 both fine) until {@code reached} holds of what {@code probes} saved,
     * {@link #POLL} apart, for at most {@link #WAIT}; then, if it still does not hold, one last call
     * ("name (wait timed out)") whose {@code strict} checks fail the journey.
     */
    private static ChainBuilder await(Function<Session, String> name, String url, String token,
            Function<Session, Boolean> reached, List<CheckBuilder> probes, List<CheckBuilder> strict) {
        return asLongAsDuring(session -> !reached.apply(session) && !over(), WAIT)
                .on(exec(get(session -> name.apply(session) + " (wait)", url, token).check(status().in(200, 404))
                        .check(probes)).pause(POLL))
                .doIf(session -> !reached.apply(session) && !over())
                .then(exec(get(session -> name.apply(session) + " (wait timed out)", url, token)
                        .check(status().is(200)).check(strict)));
    }

    // ---- the calls ----

    private static HttpRequestActionBuilder get(Function<Session, String> name, String url, String token) {
        return http(name).get(url).header("Authorization", token);
    }

    /** A GET that keeps the ETag for the next command's If-Match. */
    private static HttpRequestActionBuilder etag(Function<Session, String> name, String url, String token) {
        return get(name, url, token).check(status().is(200), header("ETag").saveAs("etag"));
    }

    private static HttpRequestActionBuilder post(Function<Session, String> name, String url, String token,
            String body) {
        HttpRequestActionBuilder request = http(name).post(url).header("Authorization", token);
        return body == null ? request : request.body(StringBody(body));
    }

    private static HttpRequestActionBuilder put(Function<Session, String> name, String url, String token,
            String body) {
        return http(name).put(url).header("Authorization", token).body(StringBody(body));
    }

    // ---- the load ----

    {
        if (!TEMPLATE.isBlank()) {
            // The fill's template: one journey on the Norwegian route, its ids written once it has completed.
            ScenarioBuilder template = scenario("template").exec(exitBlockOnFail().on(norway()))
                    .exec(session -> {
                        if (!session.isFailed()) {
                            try {
                                Files.writeString(Path.of(TEMPLATE), session.getString("referralId") + " "
                                        + session.getString("caseId") + "\n");
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                        return session;
                    });
            setUp(template.injectOpen(atOnceUsers(1))).protocols(Bench.servicesProtocol())
                    .assertions(global().failedRequests().count().is(0L));
        } else {
            // The routes alternate, journey after journey; a failed call ends its journey. One load throughout,
            // the warm-up's calls named apart, so that the measured window starts with journeys already under way.
            ScenarioBuilder journeys = scenario(label)
                    .exec(exitBlockOnFail().on(roundRobinSwitch().on(norway(), sweden())));
            Duration all = Bench.warmup().plus(Bench.measured());
            PopulationBuilder load = RATE.isBlank()
                    ? journeys.injectClosed(constantConcurrentUsers(Bench.connections()).during(all))
                    : journeys.injectOpen(constantUsersPerSec(Double.parseDouble(RATE)).during(all));
            setUp(load).protocols(Bench.servicesProtocol());
        }
    }
}
