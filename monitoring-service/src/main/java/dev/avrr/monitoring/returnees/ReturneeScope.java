package dev.avrr.monitoring.returnees;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.FactPaths;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.sharing.Viewer;
import dev.avrr.vocabulary.Roles;

/**
 * Who sees which returnee: the platform's {@link SharingRule} (docs/sharing.md) on the facts monitoring keeps of
 * each case from case-service's events. The mission of the country of return (its token's {@code country} claim)
 * once the case was handed over to it and while the person's consent to share for the return stands; the
 * caseworkers of the sending office (the case's office is their {@code org}). Anyone else is told "not found".
 */
@ApplicationScoped
public class ReturneeScope {

    @Inject
    Caller caller;

    /** A mission token must name its country; a caseworker's its organisation. Otherwise 403. */
    public void requireClaims() {
        boolean mission = caller.hasRole(Roles.MISSION) && caller.country().isPresent();
        boolean caseworker = caller.hasRole(Roles.CASEWORKER) && caller.org().isPresent();
        if (mission || caseworker) {
            return;
        }
        if (caller.hasRole(Roles.MISSION)) {
            throw Problems.forbidden("A mission token must carry the 'country' claim");
        }
        if (caller.hasRole(Roles.CASEWORKER)) {
            throw Problems.forbidden("A caseworker token must carry the 'org' claim");
        }
    }

    public boolean asMission(MonitoredCase c) {
        return SharingRule.sees(Viewer.of(caller), c.facts(), Audience.MISSION);
    }

    public boolean asCaseworker(MonitoredCase c) {
        return SharingRule.sees(Viewer.of(caller), c.facts(), Audience.CASEWORKER);
    }

    public boolean covers(MonitoredCase c) {
        return asMission(c) || asCaseworker(c);
    }

    /**
     * The roles the caller holds toward this returnee: mission only for its own country's returnees, caseworker
     * only for its own office's cases. Commands are checked against these, never against the token's roles alone.
     */
    public Set<String> rolesFor(MonitoredCase c) {
        Set<String> roles = new HashSet<>();
        if (asMission(c)) {
            roles.add(Roles.MISSION);
        }
        if (asCaseworker(c)) {
            roles.add(Roles.CASEWORKER);
        }
        return roles;
    }

    /** The returnees of the caller's scope, as a condition on the alias of a {@link MonitoredCase}. */
    public SharingRule.Condition condition(String alias) {
        return SharingRule.condition(Viewer.of(caller), FactPaths.projection(alias), Audience.MISSION,
                Audience.CASEWORKER);
    }

    /** The returnees the caller sees as the mission of their country ("1 = 0" if none). */
    public SharingRule.Condition asMissionCondition(String alias) {
        return SharingRule.condition(Viewer.of(caller), FactPaths.projection(alias), Audience.MISSION);
    }

    /** The returnees the caller sees as a caseworker of their sending office ("1 = 0" if none). */
    public SharingRule.Condition asCaseworkerCondition(String alias) {
        return SharingRule.condition(Viewer.of(caller), FactPaths.projection(alias), Audience.CASEWORKER);
    }
}
