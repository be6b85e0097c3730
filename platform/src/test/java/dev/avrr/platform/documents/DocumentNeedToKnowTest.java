package dev.avrr.platform.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documents' table (docs/documents.md#who-reads-which-document), row by row: who reads and who adds each kind. */
class DocumentNeedToKnowTest {

    @ParameterizedTest(name = "{0}: referrer {1}, coordinator {2}, caseworker {3}, mission {4}, UDI {5}")
    @CsvSource({
            "SIGNED_APPLICATION,    true, true,  true, true, true",
            "CONSENT_FORM,          true, true,  true, true, true",
            "PHYSICIAN_STATEMENT,   true, false, true, true, false",
            "BEST_INTERESTS_REPORT, true, true,  true, true, true",
            "TRAVEL_DOCUMENT,       true, true,  true, true, false",
            "OTHER,                 true, true,  true, true, false" })
    void whoReadsEachKind(DocumentKind kind, boolean referrer, boolean coordinator, boolean caseworker,
            boolean mission, boolean udi) {
        assertEquals(referrer, DocumentNeedToKnow.reads(DocumentParty.REFERRER, kind));
        assertEquals(coordinator, DocumentNeedToKnow.reads(DocumentParty.COORDINATOR, kind));
        assertEquals(caseworker, DocumentNeedToKnow.reads(DocumentParty.CASEWORKER, kind));
        assertEquals(mission, DocumentNeedToKnow.reads(DocumentParty.MISSION, kind));
        assertEquals(udi, DocumentNeedToKnow.reads(DocumentParty.UDI, kind));
        // A party adds what it reads; UDI adds nothing.
        for (DocumentParty party : DocumentParty.values()) {
            assertEquals(party != DocumentParty.UDI && DocumentNeedToKnow.reads(party, kind),
                    DocumentNeedToKnow.adds(party, kind), party + " adds " + kind);
        }
        assertEquals(false, DocumentNeedToKnow.adds(DocumentParty.UDI, kind));
    }
}
