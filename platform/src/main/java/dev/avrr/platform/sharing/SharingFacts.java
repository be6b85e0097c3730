package dev.avrr.platform.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import dev.avrr.vocabulary.events.CaseSharingChanged;

/**
 * The flags of {@link CaseFacts} as a service that does not own the case keeps them, embedded in its own record
 * of the case (which holds the office, the country of return and the route), from case-service's
 * {@link CaseSharingChanged}. Until the first announcement arrives nothing is shared: no handover, no consent.
 */
@Embeddable
public class SharingFacts {

    @Column(name = "sharing_revision", nullable = false)
    public long revision = -1;

    @Column(name = "handed_over_to_mission", nullable = false)
    public boolean handedOverToMission;

    @Column(name = "share_for_return", nullable = false)
    public boolean shareForReturn;

    @Column(name = "share_with_udi", nullable = false)
    public boolean shareWithUdi;

    @Column(name = "submitted_to_udi", nullable = false)
    public boolean submittedToUdi;

    @Column(name = "departed", nullable = false)
    public boolean departed;

    /** Takes the announced facts unless they are older than those held; true if they were taken. */
    public boolean apply(CaseSharingChanged e) {
        if (e.revision() <= revision) {
            return false;
        }
        revision = e.revision();
        handedOverToMission = e.handedOverToMission();
        shareForReturn = e.shareForReturn();
        shareWithUdi = e.shareWithUdi();
        submittedToUdi = e.submittedToUdi();
        departed = e.departed();
        return true;
    }

    public CaseFacts facts(String office, String countryOfReturn, String jurisdiction) {
        return new CaseFacts(office, countryOfReturn, jurisdiction, handedOverToMission, shareForReturn, shareWithUdi,
                submittedToUdi, departed);
    }
}
