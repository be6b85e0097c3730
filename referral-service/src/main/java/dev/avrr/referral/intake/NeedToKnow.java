package dev.avrr.referral.intake;

import java.util.Set;

import dev.avrr.platform.security.Caller;
import dev.avrr.vocabulary.Roles;

/**
 * Who may read the person on a referral — names, identifiers, contact, household, vulnerability and the free-text
 * notes (docs/domain.md#need-to-know-access): the referring partner while it is its draft; the organisation the
 * referral was handed to (the Swedish coordinator, IOM's office) while the person's consent to share with it
 * stands. After submission the referrer sees status and feedback only; a coordinator never sees a Norwegian
 * referral, and a mission nothing here.
 */
public final class NeedToKnow {

    /** What a caller may see of one referral. */
    public enum Visibility {
        /** The person in full, notes included. */
        FULL,
        /** Status, dates and feedback only: the referrer after submission. */
        STATUS_ONLY,
        /** A receiver without the person's standing consent to share with it. */
        WITHHELD
    }

    private NeedToKnow() {
    }

    static Visibility of(Referral r, Caller caller, RoutingConfig routing, Set<ReferralConsents.Key> standing) {
        if (receivesAsCoordinator(r, caller)) {
            return standing.contains(new ReferralConsents.Key(ConsentPurpose.SHARE_WITH_COORDINATOR, r.coordinatorOrg))
                    ? Visibility.FULL : Visibility.WITHHELD;
        }
        if (receivesAsIom(r, caller, routing)) {
            return standing.contains(new ReferralConsents.Key(ConsentPurpose.SHARE_WITH_IOM,
                    routing.iomOffice(r.jurisdiction))) ? Visibility.FULL : Visibility.WITHHELD;
        }
        return r.status() == ReferralStatus.DRAFT ? Visibility.FULL : Visibility.STATUS_ONLY;
    }

    static boolean ownedBy(Referral r, Caller caller) {
        return caller.hasRole(Roles.PARTNER) && caller.org().filter(r.referringOrg::equals).isPresent();
    }

    static boolean receivesAsCoordinator(Referral r, Caller caller) {
        return caller.hasRole(Roles.COORDINATOR) && r.jurisdiction == Jurisdiction.SE && r.submittedAt != null
                && caller.org().filter(o -> o.equals(r.coordinatorOrg)).isPresent();
    }

    static boolean receivesAsIom(Referral r, Caller caller, RoutingConfig routing) {
        return caller.hasRole(Roles.CASEWORKER) && r.iomNotifiedAt != null
                && caller.org().filter(routing.iomOffice(r.jurisdiction)::equals).isPresent();
    }
}
