package dev.avrr.platform.organisations;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.avrr.platform.http.RateLimits;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.security.Caller;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A token whose {@code org} claim names no registered organisation is refused with a 403
 * ({@code urn:avrr:problem:unknown-organisation}), before any resource runs: nobody acts for an organisation the
 * registry does not know. A registered organisation's request then counts against its allowance
 * ({@link RateLimits}): beyond it, a 429.
 */
public class KnownOrganisation {

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    OrganisationRegistry registry;

    @Inject
    RateLimits limits;

    @ServerRequestFilter
    public Uni<Response> refuseUnknown(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().map(id -> {
            if (id.getPrincipal() instanceof JsonWebToken jwt) {
                Object org = jwt.getClaim(Caller.ORG_CLAIM);
                if (org == null) {
                    return null;
                }
                if (registry.find(org.toString()).isEmpty()) {
                    throw new ProblemException(ProblemType.UNKNOWN_ORGANISATION,
                            "The organisation in the token's '" + Caller.ORG_CLAIM + "' claim is not registered");
                }
                return limits.refusal(org.toString());
            }
            return null;
        });
    }
}
