package dev.avrr.cases.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The page a person is handed shows each service's part — what it holds, the data, who read them — under readable
 * headings, and no markup of theirs.
 */
class PackageHtmlTest {

    @Test
    void everyPartUnderItsHeadingEscaped() throws Exception {
        DataProtectionRequest r = new DataProtectionRequest();
        r.requestReference = "DPR-<1>";
        r.releasedAt = OffsetDateTime.parse("2026-03-02T10:00:00Z");
        String page = PackageHtml.render(r, new ObjectMapper().readTree("""
                {"requestReference":"DPR-<1>","services":[
                 {"service":"case-service","holdings":[{"category":"The case file","since":"2026-01-12T09:30:00Z",
                   "purpose":"To organise <your> return","recipients":["IOM office iom-oslo","UDI"]}],
                  "data":{"caseFile":{"applicant":{"givenName":"Testa <script>alert(1)</script>",
                   "familyName":"O'Fiktiv & Co"}},"udiDecisions":[]},
                  "accessLog":[{"org":"iom-oslo","action":"read"}]},
                 {"service":"monitoring-service","holdings":[{"category":"Contacts","since":null,"purpose":"Follow-up",
                   "recipients":[]}],"data":{},"accessLog":[]}]}"""));
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("Testa &lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("O&#39;Fiktiv &amp; Co"), page);
        assertTrue(page.contains("Your request DPR-&lt;1&gt;, released on 2026-03-02."), page);
        for (String heading : new String[] { "<h2>Your case (case-service)</h2>",
                "<h2>Monitoring after your return (monitoring-service)</h2>", "<h3>What it holds</h3>",
                "<h3>The data</h3>", "<h3>Who read it</h3>", "<dt>Case file</dt>", "<dt>Given name</dt>",
                "<td>The case file</td><td>2026-01-12</td><td>To organise &lt;your&gt; return</td>"
                        + "<td>IOM office iom-oslo, UDI</td>",
                "<td>Contacts</td><td>holds none</td>" }) {
            assertTrue(page.contains(heading), heading + " in " + page);
        }
        assertTrue(page.contains("<dt>Udi decisions</dt><dd>none</dd>"), "an empty list says so");
        assertTrue(page.contains("<h3>Who read it</h3>\nnone"), "nobody read it, and the page says so");
        assertEquals("Case file", PackageHtml.heading("caseFile"));
    }
}
