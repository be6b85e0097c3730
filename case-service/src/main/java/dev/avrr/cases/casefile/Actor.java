package dev.avrr.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.security.Caller;
import io.quarkus.arc.Arc;

/** Who acts: the caller of a request, or the system when an event is consumed. */
@ApplicationScoped
public class Actor {

    @Inject
    Caller caller;

    public String subject() {
        return inRequest() ? caller.subject() : AuditTrail.SYSTEM_ACTOR;
    }

    public String org() {
        return inRequest() ? caller.org().orElse(null) : null;
    }

    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }
}
