package dev.avrr.referral.consent;

import java.util.ArrayList;
import java.util.List;

import dev.avrr.referral.intake.ConsentPurpose;
import dev.avrr.referral.intake.Jurisdiction;
import dev.avrr.referral.intake.Referral;
import dev.avrr.referral.intake.RoutingConfig;

/**
 * Who may receive what, per purpose and route: IOM's office of the route; the Swedish coordinator (Sweden
 * only); feedback to the referrer and, on the Swedish route, to the coordinator too (Återkoppling, docs/domain.md#the-swedish-route:
 * IOM Helsinki keeps the Swedish partners informed). The first recipient is the default.
 */
public final class ConsentRecipients {

    private ConsentRecipients() {
    }

    public static List<String> allowed(ConsentPurpose purpose, Referral r, RoutingConfig routing) {
        List<String> orgs = new ArrayList<>();
        switch (purpose) {
            case SHARE_WITH_IOM -> orgs.add(routing.iomOffice(r.jurisdiction));
            case SHARE_WITH_COORDINATOR -> {
                if (r.jurisdiction == Jurisdiction.SE) {
                    orgs.add(r.coordinatorOrg);
                }
            }
            case FEEDBACK_TO_REFERRER -> {
                orgs.add(r.referringOrg);
                if (r.jurisdiction == Jurisdiction.SE && !r.coordinatorOrg.equals(r.referringOrg)) {
                    orgs.add(r.coordinatorOrg);
                }
            }
        }
        return orgs;
    }
}
