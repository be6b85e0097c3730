package dev.avrr.monitoring.common;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

/**
 * Runs work as the service itself. The scheduler activates a request context for a scheduled method, with no
 * token in it; the platform's audit trail reads an active request context as a caller and would record no actor.
 * Suspending the context for the work makes the audit trail name the system, as it does for event consumers.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static <T> T run(Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return work.get();
        }
        InjectableContext.ContextState state = request.getState();
        request.deactivate();
        try {
            return work.get();
        } finally {
            request.activate(state);
        }
    }
}
