package dev.avrr.platform.sharing;

import dev.avrr.vocabulary.events.CaseSharingChanged;

/**
 * What the sharing rule needs to know about a case, and nothing more: whose office runs it, where the person
 * returns to, which route, whether it was handed over to the mission, which of the person's consents to share
 * stand, whether it went to UDI and whether the person left. Every service that holds a case's data keeps these
 * facts (case-service as the owner, the others as a projection of {@link CaseSharingChanged}).
 *
 * @param shareForReturn the person's consent to share onward for the return (the mission, travel providers)
 * @param shareWithUdi   the person's consent to share with UDI
 */
public record CaseFacts(String office, String countryOfReturn, String jurisdiction, boolean handedOverToMission,
        boolean shareForReturn, boolean shareWithUdi, boolean submittedToUdi, boolean departed) {

    public static final String NORWAY = "NO";

    public static CaseFacts of(CaseSharingChanged e) {
        return new CaseFacts(e.office(), e.countryOfReturn(), e.jurisdiction(), e.handedOverToMission(),
                e.shareForReturn(), e.shareWithUdi(), e.submittedToUdi(), e.departed());
    }
}
