package dev.avrr.referral.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.avrr.referral.intake.ReferralInput.ConsentInput;
import dev.avrr.referral.intake.ReferralTransitions.Command;

/**
 * What the referral's intake needs of the person's consents, which the consent package keeps: the consents given
 * with a new referral, which stand, and the consent a step that shares the referral needs
 * (docs/domain.md#consent-per-purpose-and-recipient).
 */
public interface ReferralConsents {

    /** A consent that stands: this purpose, to this organisation. */
    record Key(ConsentPurpose purpose, String recipientOrg) {
    }

    /**
     * Records the consents given with a new referral, in its transaction; the consents that stand now. A new referral
     * has no consent before these, so nothing is read.
     */
    Set<Key> recordAll(Referral r, List<ConsentInput> inputs);

    /** The standing consents of several referrals, in one query. */
    Map<UUID, Set<Key>> standing(Collection<UUID> referralIds);

    /** Refuses (422) a step that would share the referral without the consent it needs. */
    void requireToShare(Referral r, Command command);

    /** As {@link #requireToShare(Referral, Command)}, for a referral whose standing consents are known. */
    void requireToShare(Referral r, Command command, Set<Key> standing);
}
