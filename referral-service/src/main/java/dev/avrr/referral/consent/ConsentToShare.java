package dev.avrr.referral.consent;

import java.util.Optional;

import dev.avrr.referral.intake.ConsentPurpose;
import dev.avrr.referral.intake.Jurisdiction;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.ReferralTransitions.Command;
import dev.avrr.referral.intake.RoutingConfig;

/**
 * Nothing is shared with another organisation without the person's consent to share with it (docs/domain.md#consent-per-purpose-and-recipient): a step that hands the referral to an organisation needs a standing consent for that purpose and
 * recipient. Norway: submission hands it to IOM Oslo. Sweden: submission hands it to the coordinator
 * (Hänvisning), the coordinator's approval to IOM Helsinki (Meddelande). Acceptance hands the person to IOM's
 * case, on both routes.
 */
public final class ConsentToShare {

    public static final String RULE = "consent-to-share-missing";

    /** A consent a step needs: for this purpose, to this recipient. */
    public record Needed(ConsentPurpose purpose, String recipientOrg) {
    }

    private ConsentToShare() {
    }

    public static Optional<Needed> neededFor(Command command, Referral r, RoutingConfig routing) {
        String iom = routing.iomOffice(r.jurisdiction);
        return switch (command) {
            case SUBMIT -> Optional.of(r.jurisdiction == Jurisdiction.SE
                    ? new Needed(ConsentPurpose.SHARE_WITH_COORDINATOR, r.coordinatorOrg)
                    : new Needed(ConsentPurpose.SHARE_WITH_IOM, iom));
            case APPROVE, ACCEPT -> Optional.of(new Needed(ConsentPurpose.SHARE_WITH_IOM, iom));
            default -> Optional.empty();
        };
    }
}
