package dev.avrr.referral.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a referral was declined, as the referrer is told it: a code from this fixed list with a short public label,
 * never the receiving organisation's own words, which may say more about the person than the referrer should
 * learn (a diagnosis, a treatment not available at home).
 */
@Schema(name = "DeclineReasonCode")
public enum DeclineReason {
    NOT_ELIGIBLE("Not eligible for the programme"),
    OUTSIDE_PROGRAMME_SCOPE("Outside the programme's scope"),
    SUPPORT_NOT_AVAILABLE("Support is not available in the country of return"),
    PERSON_NOT_REACHED("The person could not be reached"),
    PERSON_DECLINED("The person no longer wishes to return with the programme"),
    ALREADY_REFERRED("The person was already referred"),
    OTHER("Declined; the receiving organisation can tell you more");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reason as everyone who may read the referral sees it: code and public label. */
    @Schema(name = "DeclineReason")
    public record Public(DeclineReason code, String label) {

        public static Public of(DeclineReason code) {
            return code == null ? null : new Public(code, code.label());
        }
    }
}
