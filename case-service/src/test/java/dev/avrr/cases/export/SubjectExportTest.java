package dev.avrr.cases.export;

import static dev.avrr.cases.CaseApi.AUDITOR;
import static dev.avrr.cases.CaseApi.DPO;
import static dev.avrr.cases.CaseApi.DPO_2;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.DocumentFiles;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * docs/domain.md#subject-rights (access): an export of everything held on the person, four-eyes — recorded by one
 * data-protection officer, released by another — handed out as JSON or as a readable page, audited as an export.
 */
@QuarkusTest
public class SubjectExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Events events;

    private static final String REQUEST = """
            {"requestReference":"DPR-2026-TEST","identityVerifiedBy":"IOM Oslo reception (fictional)"}""";

    static ValidatableResponse record(String token, String caseId, String reference) {
        return given().auth().oauth2(token).contentType("application/json").body("""
                {"requestReference":"%s","identityVerifiedBy":"IOM Oslo reception (fictional)"}"""
                .formatted(reference)).post("/api/v1/cases/" + caseId + "/access-requests").then();
    }

    static ValidatableResponse command(String token, String requestId, String command) {
        return given().auth().oauth2(token).post("/api/v1/data-protection/requests/" + requestId + "/" + command)
                .then();
    }

    static ValidatableResponse view(String requestId) {
        return given().auth().oauth2(DPO).get("/api/v1/data-protection/requests/" + requestId).then();
    }

    /**
     * The package of an access request recorded by one officer and released by the other, as JSON; the other
     * services' parts sent as those services would (their own tests show they do).
     */
    public static ValidatableResponse released(Events events, String caseId, String reference) {
        String request = record(DPO, caseId, reference).statusCode(201).extract().path("id");
        answer(events, request, caseId);
        command(DPO_2, request, "release").statusCode(200);
        return given().auth().oauth2(DPO).accept("application/json")
                .get("/api/v1/data-protection/requests/" + request + "/package").then();
    }

    /** The request as announced to the other services: ids and a time only. */
    static AccessRequested requested(Events events, String requestId) {
        ConsumerRecord<String, String> announced = EventProbe.await("avrr.case", r -> r.value().contains(requestId)
                && r.value().contains(AccessRequested.TYPE), 1, Duration.ofSeconds(20)).get(0);
        EventEnvelope event = events.parse(announced.value());
        assertTrue(event.data().get(EventEnvelope.PERSONAL) == null, "nothing personal in the announcement");
        return events.data(event, AccessRequested.class);
    }

    /** Every awaited service answers the request with a part holding a note of its own; waits until all arrived. */
    static void answer(Events events, String requestId, String caseId) {
        List<String> awaited = view(requestId).statusCode(200).extract().path("partsAwaited");
        AccessRequested requested = requested(events, requestId);
        UUID referralId = requested.referralId();
        for (String service : awaited) {
            String type = "avrr." + service.replace("-service", "") + ".access-part-assembled.v1";
            String key = (service.equals("referral-service") ? referralId : UUID.fromString(caseId)).toString();
            AccessPartAssembled.Part part = new AccessPartAssembled.Part(List.of(new AccessPartAssembled.Holding(
                    "Notes of " + service, OffsetDateTime.parse("2026-01-02T10:00:00Z"), "A purpose (fictional)",
                    List.of("IOM office iom-oslo"))), JSON.createObjectNode().put("note", "Held by " + service),
                    List.of(new AccessPartAssembled.AccessEntry(OffsetDateTime.parse("2026-01-03T10:00:00Z"),
                            "iom-oslo", "caseworker", "read", "record", "SUCCESS")));
            EventProbe.send(EventTypes.topicOf(type), key, events.toJson(events.createWithPersonal(type, key,
                    new AccessPartAssembled(UUID.fromString(requestId), UUID.fromString(caseId), referralId,
                            OffsetDateTime.now(ZoneOffset.UTC)), part)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> view(requestId).extract().<List<String>>path("partsAwaited")
                .isEmpty());
    }

    @Test
    void everythingHeldOnThePersonIsExportedAndTheExportAudited() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason for the export").statusCode(200);
        CaseApi.read(OSLO, id).statusCode(200);
        String document = DocumentFiles.add(OSLO, "/api/v1/cases/" + id, "PHYSICIAN_STATEMENT",
                DocumentFiles.pdf("export")).statusCode(201).extract().path("id");
        DocumentFiles.content(OSLO, "/api/v1/cases/" + id, document);

        String casePart = "services.find { it.service == 'case-service' }.";
        released(events, id, "DPR-2026-TEST").statusCode(200)
                .body("requestReference", equalTo("DPR-2026-TEST"))
                .body("services.service", contains("case-service", "grant-service", "monitoring-service"))
                .body(casePart + "data.caseFile.applicant.givenName", equalTo("Testa"))
                .body(casePart + "data.caseFile.applicant.identifiers[0].value", equalTo("200205705502"))
                .body(casePart + "data.caseFile.consents.purpose", hasItems("SHARE_FOR_RETURN", "SHARE_WITH_UDI"))
                .body(casePart + "data.eligibilityAssessments[0].value.input.medicalNeeds.documentation",
                        equalTo("Physician's statement (fictional)"))
                .body(casePart + "data.udiDecisions[0].outcome", equalTo("REJECTED"))
                .body(not(containsString("Fictional reason for the export")))
                .body(not(containsString("Fictional basis")))
                .body(casePart + "data.history.step",
                        hasItems("REGISTERED", "SUBMITTED_TO_UDI", "UDI_REJECTED", "SUBJECT_EXPORTED"))
                .body(casePart + "data.history.find { it.step == 'SUBJECT_EXPORTED' }.note",
                        equalTo("request DPR-2026-TEST, identity verified by IOM Oslo reception (fictional)"))
                .body(casePart + "holdings.category", hasItem(startsWith("The case file")))
                .body(casePart + "holdings.find { it.category.startsWith('UDI') }.recipients", hasItem("UDI"))
                .body(casePart + "accessLog.org", hasItems("iom-oslo", "udi"))
                // The documents, listed — what each is, never its content — and who read them.
                .body(casePart + "data.documents.id", contains(document))
                .body(casePart + "data.documents[0].kind", equalTo("PHYSICIAN_STATEMENT"))
                .body(casePart + "data.documents[0].content", nullValue())
                .body(casePart + "holdings.category", hasItem(startsWith("Documents")))
                .body(casePart + "accessLog.findAll { it.resource == 'document' }.action", hasItems("create", "read"))
                .body(casePart + "accessLog.action", hasItem("read"))
                .body("services.find { it.service == 'grant-service' }.data.note", equalTo("Held by grant-service"))
                .body("services.find { it.service == 'monitoring-service' }.holdings[0].purpose",
                        equalTo("A purpose (fictional)"));

        given().auth().oauth2(AUDITOR).queryParam("resourceType", "case").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'export' }.org", hasItem("iom-data-protection"))
                .body("items.findAll { it.action == 'export' }.outcome", hasItem("SUCCESS"));
    }

    @Test
    void aCaseFromAReferralAwaitsTheReferralsPartTooAndTheAnnouncementHoldsNoPerson() {
        UUID referralId = UUID.randomUUID();
        String id = CaseApi.norwegianReferral(events, referralId, CaseApi.person(LocalDate.of(1988, 4, 4), List.of(),
                null));
        String request = record(DPO, id, "DPR-2026-REFERRAL").statusCode(201)
                .body("partsAwaited", contains("referral-service", "grant-service", "monitoring-service"))
                .body("partsReceived", empty()).extract().path("id");
        AccessRequested requested = requested(events, request);
        assertEquals(referralId, requested.referralId());
        assertEquals(UUID.fromString(id), requested.caseId());
        String announced = EventProbe.await("avrr.case", r -> r.value().contains(request), 1, Duration.ofSeconds(5))
                .get(0).value();
        assertFalse(announced.contains("Påhittad") || announced.contains("DPR-2026-REFERRAL")
                || announced.contains("reception"), announced);
        answer(events, request, id);
        command(DPO_2, request, "release").statusCode(200);
        given().auth().oauth2(DPO).accept("application/json").get("/api/v1/data-protection/requests/" + request
                + "/package").then().statusCode(200)
                .body("services.service", contains("case-service", "referral-service", "grant-service",
                        "monitoring-service"))
                .body("services.find { it.service == 'referral-service' }.data.note",
                        equalTo("Held by referral-service"));
    }

    @Test
    void udisPartIsProducedByUdiWithTheReasonsAndNoIomRoleReadsIt() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason for UDI's part").statusCode(200);
        String udiPart = "subject-export/udi-part";
        CaseApi.post(UDI, id, udiPart, REQUEST).statusCode(200)
                .body("requestReference", equalTo("DPR-2026-TEST"))
                .body("decisions[0].value.reason", equalTo("Fictional reason for UDI's part"))
                .body("decisions[0].value.legalBasis", equalTo("Utlendingsforskriften (fictional basis)"))
                .body("udiConsent.purpose", equalTo("SHARE_WITH_UDI"));
        for (String iom : List.of(DPO, OSLO, AUDITOR, CaseApi.mission("ET"))) {
            CaseApi.post(iom, id, udiPart, REQUEST).statusCode(403);
        }
        given().auth().oauth2(AUDITOR).queryParam("resourceType", "case").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'export' }.org", hasItem("udi"));
        // A case never submitted to UDI is not UDI's to export.
        CaseApi.post(UDI, CaseApi.registerAdult(), udiPart, REQUEST).statusCode(404);
    }

    @Test
    void onlyTheDataProtectionFunctionAndFourEyesRelease() {
        String id = CaseApi.registerAdult();
        for (String other : List.of(OSLO, UDI, CaseApi.ADMIN)) {
            record(other, id, "DPR-2026-TEST").statusCode(403);
        }
        record(DPO, UUID.randomUUID().toString(), "DPR-2026-TEST").statusCode(404);
        given().auth().oauth2(DPO).contentType("application/json").body("{\"requestReference\":\"DPR-2026-TEST\"}")
                .post("/api/v1/cases/" + id + "/access-requests").then()
                .statusCode(400).body("violations[0].field", equalTo("identityVerifiedBy"));

        String request = record(DPO, id, "DPR-2026-FOUR-EYES").statusCode(201).body("status", equalTo("RECORDED"))
                .extract().path("id");
        String packagePath = "/api/v1/data-protection/requests/" + request + "/package";
        given().auth().oauth2(DPO_2).accept("application/json").get(packagePath).then().statusCode(409)
                .body("guard", equalTo("not-released"));
        command(DPO, request, "release").statusCode(403);
        // Not before every service that holds the case's people has answered.
        command(DPO_2, request, "release").statusCode(409).body("guard", equalTo("parts-awaited"))
                .body("awaiting", contains("grant-service", "monitoring-service"));
        answer(events, request, id);
        view(request).body("partsReceived", contains("grant-service", "monitoring-service"));
        command(DPO_2, request, "release").statusCode(200).body("status", equalTo("RELEASED"))
                .body("releasedBy", equalTo("dpo-fictional-2")).body("recordedBy", equalTo("dpo-fictional-1"));
        command(DPO_2, request, "release").statusCode(409).body("guard", equalTo("already-released"));

        // The page a person can be handed: the same content, readable, escaped.
        String page = given().auth().oauth2(DPO).accept("text/html").get(packagePath).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("DPR-2026-FOUR-EYES") && page.contains("Case file") && page.contains("Testa")
                && page.contains("<h2>Your reintegration grant (grant-service)</h2>")
                && page.contains("Held by monitoring-service") && page.contains("Who read it"), page);
        given().auth().oauth2(AUDITOR).queryParam("resourceType", "data-protection-request")
                .queryParam("resourceId", request).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("create", "update", "export"))
                .body("items.findAll { it.outcome == 'REFUSED' }.action", hasItem("update"));
    }
}
