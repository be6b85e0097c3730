package dev.avrr.cases.casefile;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#protection-at-rest: identifiers, contact details, vulnerability, health and trafficking details,
 * assessments, UDI's reasons and the history's notes are stored encrypted with the case's own key (sealed with its
 * subject's key, docs/data-protection.md#keys-of-the-person); the rows never hold them in clear.
 */
@QuarkusTest
class ProtectionAtRestTest {

    private static final List<String> PROTECTED = List.of("applicant_details", "household", "vulnerability",
            "consents", "eligibility", "udi_decisions", "needs_inventory", "risk_assessments", "travel_arrangements",
            "travel_booking");

    @Inject
    DataSource dataSource;

    @Test
    void theRowsHoldNoDetailInClear() throws Exception {
        String body = CaseApi.registration("VICTIMS_OF_TRAFFICKING", java.time.LocalDate.of(1990, 1, 1), """
                [{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}]""")
                .replaceFirst("\\}$", ",\"vulnerability\":{\"categories\":[\"VICTIM_OF_TRAFFICKING_ADULT\"],"
                        + "\"traffickingIdentifiedBy\":\"Rosa (fictional)\",\"notes\":\"Recruited abroad (fictional)\"}}");
        String id = CaseApi.register(body);
        CaseApi.submittedWith(id, CaseApi.VICTIM);
        CaseApi.udiDecision(id, "REJECTED", "Sensitive reason (fictional)").statusCode(200);
        CaseApi.post(CaseApi.UDI, id, "une-appeal", "{\"appealedOn\":\"%s\"}".formatted(CaseApi.today())).statusCode(200);
        CaseApi.post(CaseApi.UDI, id, "une-decision", "{\"outcome\":\"APPROVED\",\"decidedOn\":\"%s\",\"legalBasis\":\"x\"}"
                .formatted(CaseApi.today())).statusCode(200);
        CaseApi.prepared(OSLO, id);
        CaseApi.risk(OSLO, id, "LOW").statusCode(200);
        CaseApi.book(OSLO, id).statusCode(200);
        CaseApi.post(OSLO, id, "absconding", "{\"endedOn\":\"%s\",\"reason\":\"LOST_CONTACT\",\"note\":\"Seen with recruiter (fictional)\"}"
                .formatted(CaseApi.today())).statusCode(200);

        List<String> stored = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", PROTECTED)
                        + " FROM avrr_case WHERE id = ?")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = rs.getString(i);
                    assertTrue(value != null && value.startsWith("v2:S:" + id + ":"),
                            meta.getColumnName(i) + " is protected with the case's key");
                    stored.add(value);
                }
            }
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT note FROM case_step WHERE case_id = ? AND note IS NOT NULL")) {
            ps.setObject(1, UUID.fromString(id));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue(rs.getString(1).startsWith("v2:S:" + id + ":"), "a note is protected with the case's key");
                    stored.add(rs.getString(1));
                }
            }
        }
        String all = String.join("\n", stored);
        // Long values only: a short one could turn up in base64 by chance.
        for (String clear : List.of("200205705502", "+47 00 00 00 01", "Rosa (fictional)", "Recruited abroad",
                "Sensitive reason", "KOM (fictional)", "A risk on the way home", "Met by the mission", "Fiktivsen",
                "Seen with recruiter", "Physician's statement")) {
            assertFalse(all.contains(clear), clear + " is not stored in clear");
        }
        CaseApi.read(OSLO, id).statusCode(200).body("vulnerability.traffickingIdentifiedBy",
                org.hamcrest.Matchers.equalTo("Rosa (fictional)"));
    }
}
