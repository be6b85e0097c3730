package dev.avrr.referral.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Plausibility thresholds of referral intake. */
@ConfigMapping(prefix = "avrr.referral.rules")
public interface ReferralRulesConfig {

    /** The youngest age at which the person can plausibly have had a child travelling with them. */
    @WithDefault("12")
    int minimumParentAge();
}
