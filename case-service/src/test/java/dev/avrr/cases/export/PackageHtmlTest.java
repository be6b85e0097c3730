package dev.avrr.cases.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The page a person is handed shows every part of the package under readable headings, and no markup of theirs. */
class PackageHtmlTest {

    @Test
    void everyPartUnderItsHeadingEscaped() throws Exception {
        DataProtectionRequest r = new DataProtectionRequest();
        r.requestReference = "DPR-<1>";
        r.releasedAt = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        String page = PackageHtml.render(r, new ObjectMapper().readTree("""
                {"requestReference":"DPR-<1>","caseFile":{"applicant":{"givenName":"Testa <script>alert(1)</script>",
                 "familyName":"O'Fiktiv & Co"}},"udiDecisions":[],"accessLog":[{"org":"iom-oslo","action":"read"}]}"""));
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("Testa &lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("O&#39;Fiktiv &amp; Co"), page);
        assertTrue(page.contains("Your request DPR-&lt;1&gt;, released on 2026-03-02."), page);
        for (String heading : new String[] { "<h2>Case file</h2>", "<h2>Udi decisions</h2>", "<h2>Access log</h2>",
                "<dt>Given name</dt>" }) {
            assertTrue(page.contains(heading), heading + " in " + page);
        }
        assertTrue(page.contains("<h2>Udi decisions</h2>\nnone"), "an empty part says so");
        assertEquals("Case file", PackageHtml.heading("caseFile"));
    }
}
