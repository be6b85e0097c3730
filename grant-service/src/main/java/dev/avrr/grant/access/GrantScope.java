package dev.avrr.grant.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.grant.cases.GrantCase;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.sharing.FactPaths;
import dev.avrr.platform.sharing.SharingRule;
import dev.avrr.platform.sharing.Viewer;
import dev.avrr.vocabulary.Roles;

/**
 * Whose money a caller may see: the platform's {@link SharingRule} (docs/sharing.md) on the facts grant-service
 * keeps of each case from case-service's events. A caseworker sees the cases of its IOM office; a mission the
 * cases returning to its country once handed over to it and while the person's consent to share for the return
 * stands; finance and the auditor every case, for the money they approve and check. Only the roles an operation
 * acts in count, so a person who holds two roles is scoped by the one the operation needs.
 */
@ApplicationScoped
public class GrantScope {

    private static final String ALIAS = "scopeCase";

    @Inject
    Caller caller;

    public boolean covers(GrantCase c, String... actingRoles) {
        return c != null && SharingRule.audience(Viewer.of(caller), c.facts(), audiences(actingRoles)).isPresent();
    }

    /**
     * The condition on a list whose rows carry their case's id in {@code caseIdPath}; {@link SharingRule.Condition#NONE}
     * if the caller has no scope in these roles (the list is then empty).
     */
    public SharingRule.Condition condition(String caseIdPath, String... actingRoles) {
        return SharingRule.condition(Viewer.of(caller), FactPaths.projection(ALIAS), audiences(actingRoles))
                .onCaseOf(caseIdPath, "GrantCase", ALIAS, ALIAS + ".caseId");
    }

    private static Audience[] audiences(String... roles) {
        Audience[] audiences = new Audience[roles.length];
        for (int i = 0; i < roles.length; i++) {
            audiences[i] = switch (roles[i]) {
                case Roles.CASEWORKER -> Audience.CASEWORKER;
                case Roles.MISSION -> Audience.MISSION;
                case Roles.FINANCE -> Audience.FINANCE;
                case Roles.AUDITOR -> Audience.AUDITOR;
                default -> throw new IllegalArgumentException("No grant audience for the role " + roles[i]);
            };
        }
        return audiences;
    }
}
