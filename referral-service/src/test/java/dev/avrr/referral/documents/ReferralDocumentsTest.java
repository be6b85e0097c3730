package dev.avrr.referral.documents;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static dev.avrr.referral.Fixtures.PERSON;
import static dev.avrr.referral.Fixtures.SWEDEN_CONSENTS;
import static dev.avrr.referral.Fixtures.created;
import static dev.avrr.referral.Fixtures.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.referral.Fixtures;
import dev.avrr.testing.DatabaseScan;
import dev.avrr.testing.DocumentFiles;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The documents of a referral (docs/documents.md): the referrer adds them to its draft; the coordinator and IOM's
 * office the referral reached read them while the person's consent to share with them stands — and by kind: the
 * coordinator never reads a physician statement. After submission the referrer finds none; nor does anyone else.
 */
@QuarkusTest
class ReferralDocumentsTest {

    @Inject
    DataSource dataSource;

    private static String path(String id) {
        return "/api/v1/referrals/" + id;
    }

    @Test
    void onTheSwedishRouteEachReadsWhatItsNeedToKnowGives() {
        String partner = Fixtures.partner("ngo-documents-" + UUID.randomUUID());
        String id = created(partner, Fixtures.sweden(PERSON, SWEDEN_CONSENTS, false));
        byte[] statement = DocumentFiles.pdf("physician statement " + UUID.randomUUID());
        String statementId = DocumentFiles.add(partner, path(id), "PHYSICIAN_STATEMENT", statement).statusCode(201)
                .body("kind", equalTo("PHYSICIAN_STATEMENT")).body("mediaType", equalTo("application/pdf"))
                .extract().path("id");
        DocumentFiles.list(partner, path(id)).statusCode(200).body("id", contains(statementId));
        assertArrayEquals(statement, DocumentFiles.content(partner, path(id), statementId));
        // Nobody else sees the draft.
        DocumentFiles.list(COORDINATOR, path(id)).statusCode(404);
        DocumentFiles.list(Fixtures.partner("ngo-someone-else"), path(id)).statusCode(404);

        post(partner, id + "/submission").statusCode(200);
        // The referrer now sees the status only: no document.
        DocumentFiles.list(partner, path(id)).statusCode(404);
        DocumentFiles.download(partner, path(id), statementId).statusCode(404);
        DocumentFiles.add(partner, path(id), "OTHER", DocumentFiles.pdf("late")).statusCode(404);

        // The coordinator adds the signed application (Välgrundat beslut) and never reads the physician statement.
        byte[] application = DocumentFiles.png("Välgrundat beslut " + UUID.randomUUID());
        String applicationId = DocumentFiles.add(COORDINATOR, path(id), "SIGNED_APPLICATION", application)
                .statusCode(201).body("uploadedBy", equalTo(Fixtures.COORDINATOR_ORG)).extract().path("id");
        DocumentFiles.list(COORDINATOR, path(id)).statusCode(200).body("id", contains(applicationId));
        DocumentFiles.download(COORDINATOR, path(id), statementId).statusCode(404);
        DocumentFiles.add(COORDINATOR, path(id), "PHYSICIAN_STATEMENT", DocumentFiles.pdf("x")).statusCode(403);

        // IOM Helsinki, once the coordinator approved and it was notified, reads both.
        DocumentFiles.list(IOM_HELSINKI, path(id)).statusCode(404);
        post(COORDINATOR, id + "/coordinator-approval").statusCode(200);
        DocumentFiles.list(IOM_HELSINKI, path(id)).statusCode(200).body("id", contains(statementId, applicationId));
        assertArrayEquals(statement, DocumentFiles.content(IOM_HELSINKI, path(id), statementId));
        assertArrayEquals(application, DocumentFiles.content(IOM_HELSINKI, path(id), applicationId));
        DocumentFiles.list(IOM_OSLO, path(id)).statusCode(404);
        // Audited: each listed document once, each download once.
        assertEquals("4", DatabaseScan.rows(dataSource, "SELECT count(*) FROM audit_entry WHERE resource_type = "
                + "'document' AND action = 'read' AND outcome = 'SUCCESS' AND resource_id IN (?, ?) AND org = ?",
                statementId, applicationId, "iom-helsinki").get(0));
    }

    @Test
    void aWithdrawnConsentToShareWithIomHidesTheDocumentsFromIt() {
        String partner = Fixtures.partner("ngo-documents-" + UUID.randomUUID());
        String id = created(partner, Fixtures.norway(PERSON, NORWAY_CONSENTS, false));
        String statementId = DocumentFiles.add(partner, path(id), "PHYSICIAN_STATEMENT", DocumentFiles.jpeg("x"))
                .statusCode(201).extract().path("id");
        post(partner, id + "/submission").statusCode(200);
        DocumentFiles.list(IOM_OSLO, path(id)).statusCode(200).body("id", contains(statementId));
        post(partner, id + "/consent-withdrawal", "{\"purposes\":[\"SHARE_WITH_IOM\"],\"language\":\"am\","
                + "\"interpreterUsed\":true}").statusCode(200);
        DocumentFiles.list(IOM_OSLO, path(id)).statusCode(404);
        DocumentFiles.download(IOM_OSLO, path(id), statementId).statusCode(404);
    }

    @Test
    void aFileThatIsNoPdfJpegOrPngIsRefusedAndNothingIsKept() {
        String partner = Fixtures.partner("ngo-documents-" + UUID.randomUUID());
        String id = created(partner, Fixtures.norway(PERSON, NORWAY_CONSENTS, false));
        DocumentFiles.add(partner, path(id), "CONSENT_FORM", "<html>Fictional</html>".getBytes(StandardCharsets.UTF_8))
                .statusCode(415).body("violations[0].field", equalTo("content"));
        assertEquals("0", DatabaseScan.rows(dataSource, "SELECT count(*) FROM document WHERE owner_id = ?::uuid", id)
                .get(0));
    }
}
