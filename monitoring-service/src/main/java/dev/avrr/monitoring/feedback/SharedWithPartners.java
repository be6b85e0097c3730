package dev.avrr.monitoring.feedback;

import dev.avrr.platform.identifiers.IdentifiersInText;
import dev.avrr.platform.problem.Problems;
import dev.avrr.vocabulary.events.FeedbackWords;
import dev.avrr.vocabulary.events.PartnerRecipient;

// docs/domain.md#the-swedish-route (Återkoppling: the returnee's feedback reaches the Swedish partners) and
// docs/domain.md#consent-per-purpose-and-recipient: what reaches a partner are the words the returnee approved for
// it, under a consent naming that partner; like every timeline entry they carry no identifier; the coordinator
// exists on the Swedish route only.
public final class SharedWithPartners {

    public static final String COORDINATOR_ONLY_IN_SWEDEN = "coordinator-only-on-the-swedish-route";
    public static final String SUMMARY_NEEDED = "summary-for-partners-needed";
    public static final String NO_IDENTIFIERS = "no-identifiers-for-partners";

    private SharedWithPartners() {
    }

    /** The words that reach the partner: the summary if there is one, else the feedback itself. Refused, or them. */
    public static String words(PartnerRecipient recipient, String jurisdiction, String summary, String text) {
        if (recipient == PartnerRecipient.COORDINATOR && !"SE".equals(jurisdiction)) {
            throw Problems.rule(COORDINATOR_ONLY_IN_SWEDEN, "Only a returnee of the Swedish route has a coordinator");
        }
        String words = summary == null || summary.isBlank() ? text : summary.trim();
        if (words.length() > FeedbackWords.MAX_LENGTH) {
            throw Problems.rule(SUMMARY_NEEDED, "The feedback is longer than " + FeedbackWords.MAX_LENGTH
                    + " characters: give the summary the returnee approved for the partners");
        }
        if (IdentifiersInText.found(words)) {
            throw Problems.rule(NO_IDENTIFIERS, "The words to share hold what looks like an identifier (a number, an "
                    + "e-mail address or a passport number): ask the returnee for words without it");
        }
        return words;
    }
}
