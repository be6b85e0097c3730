package dev.avrr.cases.documents;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.documents.Documents;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.DocumentFiles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The documents of a case (docs/documents.md): added by the caseworker and the mission, read by whoever sees the
 * case by the sharing rule — and by kind, by the documents' table: UDI never reads a physician statement — audited
 * on every download, sealed at rest, the type told from the content, a wrong type or size refused with nothing kept.
 */
@QuarkusTest
class CaseDocumentsTest {

    @Inject
    DataSource dataSource;

    private static String path(String id) {
        return "/api/v1/cases/" + id;
    }

    private long count(String sql, Object... parameters) {
        return Long.parseLong(DatabaseScan.rows(dataSource, sql, parameters).get(0));
    }

    @Test
    void theCaseworkerAddsTheMissionAndUdiReadWhatTheirNeedToKnowGives() {
        String id = CaseApi.registerAdult();
        String marker = UUID.randomUUID().toString();
        byte[] application = DocumentFiles.pdf("signed application " + marker);
        byte[] statement = DocumentFiles.jpeg("physician statement " + marker);
        String applicationId = DocumentFiles.add(OSLO, path(id), "SIGNED_APPLICATION", application).statusCode(201)
                .header("Location", containsString(path(id) + "/documents/")).body("kind", equalTo("SIGNED_APPLICATION"))
                .body("mediaType", equalTo("application/pdf")).body("sizeBytes", equalTo(application.length))
                .body("uploadedBy", equalTo("iom-oslo")).extract().path("id");
        String statementId = DocumentFiles.add(OSLO, path(id), "PHYSICIAN_STATEMENT", statement).statusCode(201)
                .body("mediaType", equalTo("image/jpeg")).extract().path("id");

        DocumentFiles.list(OSLO, path(id)).statusCode(200).body("id", contains(applicationId, statementId))
                .body("kind", contains("SIGNED_APPLICATION", "PHYSICIAN_STATEMENT"));
        given().auth().oauth2(OSLO).get(path(id) + "/documents/" + statementId).then().statusCode(200)
                .contentType("image/jpeg").header("Cache-Control", "no-store")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + statementId + ".jpg\""));
        assertArrayEquals(statement, DocumentFiles.content(OSLO, path(id), statementId));

        // The mission: nothing before the handover; then both, and it adds the travel document.
        String mission = CaseApi.mission("ET");
        DocumentFiles.list(mission, path(id)).statusCode(404);
        CaseApi.approved(id);
        CaseApi.handOver(OSLO, id).statusCode(200);
        assertArrayEquals(statement, DocumentFiles.content(mission, path(id), statementId));
        byte[] passport = DocumentFiles.png("passport copy " + marker);
        String passportId = DocumentFiles.add(mission, path(id), "TRAVEL_DOCUMENT", passport).statusCode(201)
                .body("uploadedBy", equalTo("iom-mission-et")).extract().path("id");
        DocumentFiles.list(mission, path(id)).statusCode(200)
                .body("id", contains(applicationId, statementId, passportId));

        // UDI, the case submitted to it: the signed application, never the physician statement nor the passport.
        DocumentFiles.list(CaseApi.UDI, path(id)).statusCode(200).body("id", contains(applicationId));
        assertArrayEquals(application, DocumentFiles.content(CaseApi.UDI, path(id), applicationId));
        DocumentFiles.download(CaseApi.UDI, path(id), statementId).statusCode(404)
                .body("type", equalTo("urn:avrr:problem:not-found"));
        DocumentFiles.add(CaseApi.UDI, path(id), "OTHER", DocumentFiles.pdf(marker)).statusCode(403);

        // Another office sees no case; a partner has no role here; a document of another case is not found.
        DocumentFiles.list(HELSINKI, path(id)).statusCode(404);
        DocumentFiles.download(HELSINKI, path(id), statementId).statusCode(404);
        DocumentFiles.add(HELSINKI, path(id), "OTHER", DocumentFiles.pdf(marker)).statusCode(404);
        DocumentFiles.list(CaseApi.PARTNER, path(id)).statusCode(403);
        String other = CaseApi.registerAdult();
        DocumentFiles.download(OSLO, path(other), statementId).statusCode(404);
    }

    @Test
    void everyDownloadIsAuditedAndARefusalToo() {
        String id = CaseApi.registerAdult();
        String statementId = DocumentFiles.add(OSLO, path(id), "PHYSICIAN_STATEMENT", DocumentFiles.pdf("audit"))
                .statusCode(201).extract().path("id");
        String reads = "SELECT count(*) FROM audit_entry WHERE resource_type = 'document' AND action = 'read' "
                + "AND resource_id = ? AND outcome = ?";
        long before = count(reads, statementId, "SUCCESS");
        DocumentFiles.content(OSLO, path(id), statementId);
        DocumentFiles.content(OSLO, path(id), statementId);
        assertEquals(before + 2, count(reads, statementId, "SUCCESS"));
        CaseApi.approved(id);
        DocumentFiles.download(CaseApi.UDI, path(id), statementId).statusCode(404);
        assertEquals(1, count(reads, statementId, "NOT_YOURS"));
        assertEquals(1, count("SELECT count(*) FROM audit_entry WHERE resource_type = 'document' AND action = "
                + "'create' AND resource_id = ?", statementId));
    }

    @Test
    void theFileAndItsKindAreSealedAtRest() {
        String id = CaseApi.registerAdult();
        String marker = "Fictional-" + UUID.randomUUID();
        String documentId = DocumentFiles.add(OSLO, path(id), "PHYSICIAN_STATEMENT", DocumentFiles.pdf(marker))
                .statusCode(201).extract().path("id");
        List<String> row = DatabaseScan.rows(dataSource, "SELECT encode(content, 'escape') || kind FROM document "
                + "WHERE id = ?::uuid", documentId);
        assertFalse(row.get(0).contains(marker), "the file is sealed");
        assertFalse(row.get(0).contains("PDF"), "the file is sealed");
        assertFalse(row.get(0).contains("PHYSICIAN"), "the kind is sealed: it would tell of the person's health");
    }

    @Test
    void aWrongTypeATooLargeFileOrAnEmptyOneIsRefusedAndNothingIsKept() {
        String id = CaseApi.registerAdult();
        long before = count("SELECT count(*) FROM document WHERE owner_id = ?::uuid", id);
        // A text file named and declared a PDF is still a text file.
        DocumentFiles.add(OSLO, path(id), "OTHER", "Fictional notes, not a PDF".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).body("type", equalTo("urn:avrr:problem:unsupported-media-type"))
                .body("violations[0].field", equalTo("content"));
        byte[] large = Arrays.copyOf(DocumentFiles.pdf("large"), Documents.MAX_BYTES + 1);
        DocumentFiles.add(OSLO, path(id), "OTHER", large).statusCode(413)
                .body("type", equalTo("urn:avrr:problem:payload-too-large"))
                .body("violations[0].field", equalTo("content"));
        DocumentFiles.add(OSLO, path(id), "OTHER", new byte[0]).statusCode(400)
                .body("violations[0].field", equalTo("content"));
        given().auth().oauth2(OSLO).contentType("application/json").body("{\"content\":\"JVBERi0=\"}")
                .post(path(id) + "/documents").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().auth().oauth2(OSLO).contentType("application/json").body("{\"kind\":\"X_RAY\",\"content\":\"JVBERi0=\"}")
                .post(path(id) + "/documents").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        given().auth().oauth2(OSLO).contentType("application/json").body("{\"kind\":\"OTHER\",\"content\":\"%%%\"}")
                .post(path(id) + "/documents").then().statusCode(400);
        // A body declared larger than the API reads is refused before it is read.
        given().auth().oauth2(OSLO).contentType("application/json").body(new byte[9 * 1024 * 1024])
                .post(path(id) + "/documents").then().statusCode(413)
                .body("type", equalTo("urn:avrr:problem:payload-too-large"));
        assertEquals(before, count("SELECT count(*) FROM document WHERE owner_id = ?::uuid", id));
        DocumentFiles.list(OSLO, path(id)).statusCode(200).body("size()", equalTo(0));
    }
}
