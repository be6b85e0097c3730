package dev.avrr.referral.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.organisations.OrganisationRegistry;
import dev.avrr.referral.intake.Referral;

/**
 * Who is told how a person's return goes. The referral's own steps and the case being opened and closed reach
 * every referrer that the person lets follow the referral; the milestones of the return itself — a UDI decision,
 * travel, the return, reintegration and monitoring — never reach the police or an authority of the country of
 * return (see {@code docs/organisations.md}).
 */
@ApplicationScoped
public class ReturnNews {

    @Inject
    OrganisationRegistry registry;

    /** Whether {@code org} is told this entry of the referral's timeline. */
    public boolean tells(String org, Referral r, TimelineEntry entry) {
        if (!TimelineEntry.MILESTONE.equals(entry.kind())) {
            return true;
        }
        return !MilestoneKind.valueOf(entry.code()).aboutTheReturn()
                || registry.mayFollowTheReturn(org, r.countryOfReturn);
    }
}
