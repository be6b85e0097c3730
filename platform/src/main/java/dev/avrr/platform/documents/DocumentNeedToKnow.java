package dev.avrr.platform.documents;

import static dev.avrr.platform.documents.DocumentParty.CASEWORKER;
import static dev.avrr.platform.documents.DocumentParty.COORDINATOR;
import static dev.avrr.platform.documents.DocumentParty.MISSION;
import static dev.avrr.platform.documents.DocumentParty.REFERRER;
import static dev.avrr.platform.documents.DocumentParty.UDI;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who reads which kind of document (docs/documents.md#who-reads-which-document): the one table referral-service and
 * case-service both apply, to a list, a download and an upload alike. A party first has to see the person on the
 * referral or case at all (each service's own need-to-know rule); then this table narrows it by kind.
 *
 * <pre>
 * kind                    referrer coordinator caseworker mission UDI
 * SIGNED_APPLICATION         x         x           x         x     x
 * CONSENT_FORM               x         x           x         x     x
 * PHYSICIAN_STATEMENT        x                     x         x
 * BEST_INTERESTS_REPORT      x         x           x         x     x
 * TRAVEL_DOCUMENT            x         x           x         x
 * OTHER                      x         x           x         x
 * </pre>
 *
 * A party adds only what it may read, and UDI adds nothing: it decides on what IOM submits.
 */
public final class DocumentNeedToKnow {

    private static final Map<DocumentKind, Set<DocumentParty>> READERS = new EnumMap<>(DocumentKind.class);

    static {
        READERS.put(DocumentKind.SIGNED_APPLICATION, EnumSet.of(REFERRER, COORDINATOR, CASEWORKER, MISSION, UDI));
        READERS.put(DocumentKind.CONSENT_FORM, EnumSet.of(REFERRER, COORDINATOR, CASEWORKER, MISSION, UDI));
        READERS.put(DocumentKind.PHYSICIAN_STATEMENT, EnumSet.of(REFERRER, CASEWORKER, MISSION));
        READERS.put(DocumentKind.BEST_INTERESTS_REPORT, EnumSet.of(REFERRER, COORDINATOR, CASEWORKER, MISSION, UDI));
        READERS.put(DocumentKind.TRAVEL_DOCUMENT, EnumSet.of(REFERRER, COORDINATOR, CASEWORKER, MISSION));
        READERS.put(DocumentKind.OTHER, EnumSet.of(REFERRER, COORDINATOR, CASEWORKER, MISSION));
    }

    private DocumentNeedToKnow() {
    }

    /** Whether the party reads documents of this kind. */
    public static boolean reads(DocumentParty party, DocumentKind kind) {
        return READERS.get(kind).contains(party);
    }

    /** Whether the party may add a document of this kind. */
    public static boolean adds(DocumentParty party, DocumentKind kind) {
        return party != UDI && reads(party, kind);
    }
}
