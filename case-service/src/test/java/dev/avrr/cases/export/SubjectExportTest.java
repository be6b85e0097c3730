package dev.avrr.cases.export;

import static dev.avrr.cases.CaseApi.AUDITOR;
import static dev.avrr.cases.CaseApi.DPO;
import static dev.avrr.cases.CaseApi.OSLO;
import static dev.avrr.cases.CaseApi.UDI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#subject-rights (access): an export of everything held on the person, requested through the data
 * protection function (admin) and audited as an export.
 */
@QuarkusTest
class SubjectExportTest {

    private static final String REQUEST = """
            {"requestReference":"DPR-2026-TEST","identityVerifiedBy":"IOM Oslo reception (fictional)"}""";

    @Test
    void everythingHeldOnThePersonIsExportedAndTheExportAudited() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason for the export").statusCode(200);
        CaseApi.read(OSLO, id).statusCode(200);

        CaseApi.post(DPO, id, "subject-export", REQUEST).statusCode(200)
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
    void onlyTheDataProtectionFunctionExports() {
        String id = CaseApi.registerAdult();
        CaseApi.post(OSLO, id, "subject-export", REQUEST).statusCode(403);
        CaseApi.post(UDI, id, "subject-export", REQUEST).statusCode(403);
        // Running the catalogues is not the data-protection function.
        CaseApi.post(CaseApi.ADMIN, id, "subject-export", REQUEST).statusCode(403);
        CaseApi.post(DPO, UUID.randomUUID().toString(), "subject-export", REQUEST).statusCode(404);
        CaseApi.post(DPO, id, "subject-export", "{\"requestReference\":\"DPR-2026-TEST\"}").statusCode(400)
                .body("violations[0].field", equalTo("identityVerifiedBy"));
    }
}
