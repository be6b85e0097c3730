package dev.avrr.testing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.restassured.response.ValidatableResponse;

/**
 * Fictional files for the documents of a referral or a case (docs/documents.md), and the calls that add, list and
 * download them at {@code <record>/documents}.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** A small PDF that says what it is: fictional, with a text of the test's own to find it by. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% Fictional test document: " + text
                + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The start of a JPEG (its SOI and JFIF marker), with a text of the test's own. */
    public static byte[] jpeg(String text) {
        byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
        return concat(head, ("Fictional test image: " + text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The start of a PNG (its signature), with a text of the test's own. */
    public static byte[] png(String text) {
        byte[] head = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
        return concat(head, ("Fictional test image: " + text).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The body that adds a file of this kind. */
    public static String body(String kind, byte[] content) {
        return "{\"kind\":\"" + kind + "\",\"content\":\"" + Base64.getEncoder().encodeToString(content) + "\"}";
    }

    /** Adds a file of this kind to the record at {@code recordPath} (e.g. {@code /api/v1/cases/<id>}). */
    public static ValidatableResponse add(String token, String recordPath, String kind, byte[] content) {
        return given().auth().oauth2(token).contentType("application/json").body(body(kind, content))
                .post(recordPath + "/documents").then();
    }

    /** The record's documents the caller may read. */
    public static ValidatableResponse list(String token, String recordPath) {
        return given().auth().oauth2(token).get(recordPath + "/documents").then();
    }

    /** Downloads one document. */
    public static ValidatableResponse download(String token, String recordPath, String documentId) {
        return given().auth().oauth2(token).get(recordPath + "/documents/" + documentId).then();
    }

    /** The bytes of a download that succeeded. */
    public static byte[] content(String token, String recordPath, String documentId) {
        return download(token, recordPath, documentId).statusCode(200).extract().asByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
