package dev.avrr.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;

/**
 * Who acts: the caller of a request, or the system when there is none — an event consumed, a scheduled job (which
 * runs with a request context but no token). Usable anywhere, unlike the request-scoped {@link Caller}.
 */
@ApplicationScoped
public class Actor {

    /** The actor of work no person asked for. */
    public static final String SYSTEM = "system";

    @Inject
    Caller caller;

    /** True when a person (a verified token) asked for the work under way. */
    public boolean isCaller() {
        return Arc.container().requestContext().isActive() && caller.subject() != null;
    }

    public String subject() {
        return isCaller() ? caller.subject() : SYSTEM;
    }

    public String org() {
        return isCaller() ? caller.org().orElse(null) : null;
    }
}
