package dev.avrr.grant.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.security.Caller;
import dev.avrr.platform.security.Roles;

/**
 * Whose records a caller may see (ARCHITECTURE.md, security): a caseworker the cases of its IOM office (the
 * case's office is its {@code org}), a mission the returnees of its country (the country of return is its
 * {@code country} claim), finance and the auditor every case, for the money they approve and check. Only the
 * roles an operation acts in count, so a person who holds two roles is scoped by the one the operation needs.
 */
@ApplicationScoped
public class GrantScope {

    @Inject
    Caller caller;

    public boolean covers(String office, String countryOfReturn, String... actingRoles) {
        for (String role : actingRoles) {
            if (!caller.hasRole(role)) {
                continue;
            }
            boolean inScope = switch (role) {
                case Roles.FINANCE, Roles.AUDITOR -> true;
                case Roles.CASEWORKER -> caller.org().filter(office::equals).isPresent();
                case Roles.MISSION -> caller.country().filter(countryOfReturn::equals).isPresent();
                default -> false;
            };
            if (inScope) {
                return true;
            }
        }
        return false;
    }

    /** A JPQL condition that limits a list to the caller's scope, with its parameters. */
    public record Condition(String jpql, Map<String, Object> parameters) {
    }

    /**
     * The condition on a list whose rows carry the office and country of return in {@code officePath} and
     * {@code countryPath}; empty if the caller has no scope in these roles (the list is then empty).
     */
    public Optional<Condition> condition(String officePath, String countryPath, String... actingRoles) {
        List<String> any = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        for (String role : actingRoles) {
            if (!caller.hasRole(role)) {
                continue;
            }
            switch (role) {
                case Roles.FINANCE, Roles.AUDITOR -> {
                    return Optional.of(new Condition("1 = 1", Map.of()));
                }
                case Roles.CASEWORKER -> caller.org().ifPresent(org -> {
                    any.add(officePath + " = :scopeOffice");
                    parameters.put("scopeOffice", org);
                });
                case Roles.MISSION -> caller.country().ifPresent(country -> {
                    any.add(countryPath + " = :scopeCountry");
                    parameters.put("scopeCountry", country);
                });
                default -> {
                }
            }
        }
        return any.isEmpty() ? Optional.empty()
                : Optional.of(new Condition("(" + String.join(" OR ", any) + ")", parameters));
    }
}
