package dev.avrr.platform.documents;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a document is (docs/documents.md); who may read each kind is {@link DocumentNeedToKnow}'s table. */
@Schema(name = "DocumentKind")
public enum DocumentKind {
    /** The person's signed AVRR application (on the Swedish route: Välgrundat beslut and its attachments). */
    SIGNED_APPLICATION,
    /** A consent form the person signed. */
    CONSENT_FORM,
    /** A physician's description of the person's medical needs. */
    PHYSICIAN_STATEMENT,
    /** The best-interests report for a child. */
    BEST_INTERESTS_REPORT,
    /** A passport, a laissez-passer or another travel document. */
    TRAVEL_DOCUMENT,
    /** Anything else the case needs. */
    OTHER
}
