package dev.avrr.cases.export;

import static dev.avrr.cases.CaseApi.AUDITOR;
import static dev.avrr.cases.CaseApi.DPO;
import static dev.avrr.cases.CaseApi.DPO_2;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * docs/domain.md#subject-rights (access): an export of everything held on the person, four-eyes — recorded by one
 * data-protection officer, released by another — handed out as JSON or as a readable page, audited as an export.
 */
@QuarkusTest
public class SubjectExportTest {

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

    /** The package of an access request recorded by one officer and released by the other, as JSON. */
    public static ValidatableResponse released(String caseId, String reference) {
        String request = record(DPO, caseId, reference).statusCode(201).extract().path("id");
        command(DPO_2, request, "release").statusCode(200);
        return given().auth().oauth2(DPO).accept("application/json")
                .get("/api/v1/data-protection/requests/" + request + "/package").then();
    }

    @Test
    void everythingHeldOnThePersonIsExportedAndTheExportAudited() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason for the export").statusCode(200);
        CaseApi.read(OSLO, id).statusCode(200);

        released(id, "DPR-2026-TEST").statusCode(200)
                .body("requestReference", equalTo("DPR-2026-TEST"))
                .body("caseFile.applicant.givenName", equalTo("Testa"))
                .body("caseFile.applicant.identifiers[0].value", equalTo("200205705502"))
                .body("caseFile.consents.purpose", hasItems("SHARE_FOR_RETURN", "SHARE_WITH_UDI"))
                .body("eligibilityAssessments[0].value.input.medicalNeeds.documentation",
                        equalTo("Physician's statement (fictional)"))
                .body("udiDecisions[0].outcome", equalTo("REJECTED"))
                .body(not(containsString("Fictional reason for the export")))
                .body(not(containsString("Fictional basis")))
                .body("history.step", hasItems("REGISTERED", "SUBMITTED_TO_UDI", "UDI_REJECTED", "SUBJECT_EXPORTED"))
                .body("history.find { it.step == 'SUBJECT_EXPORTED' }.note",
                        equalTo("request DPR-2026-TEST, identity verified by IOM Oslo reception (fictional)"))
                .body("accessLog.org", hasItems("iom-oslo", "udi"))
                .body("accessLog.action", hasItem("read"));

        given().auth().oauth2(AUDITOR).queryParam("resourceType", "case").queryParam("resourceId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'export' }.org", hasItem("iom-data-protection"))
                .body("items.findAll { it.action == 'export' }.outcome", hasItem("SUCCESS"));
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
        command(DPO_2, request, "release").statusCode(200).body("status", equalTo("RELEASED"))
                .body("releasedBy", equalTo("dpo-fictional-2")).body("recordedBy", equalTo("dpo-fictional-1"));
        command(DPO_2, request, "release").statusCode(409).body("guard", equalTo("already-released"));

        // The page a person can be handed: the same content, readable, escaped.
        String page = given().auth().oauth2(DPO).accept("text/html").get(packagePath).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(page.contains("DPR-2026-FOUR-EYES") && page.contains("Case file") && page.contains("Testa")
                && page.contains("Access log"), page);
        given().auth().oauth2(AUDITOR).queryParam("resourceType", "data-protection-request")
                .queryParam("resourceId", request).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItems("create", "update", "export"))
                .body("items.findAll { it.outcome == 'REFUSED' }.action", hasItem("update"));
    }
}
