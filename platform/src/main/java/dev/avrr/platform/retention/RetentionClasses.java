package dev.avrr.platform.retention;

import java.util.List;

/**
 * The classes of data a module keeps for a period: the platform's own (outbox, inbox, idempotency keys, parked
 * events, audit trail) and each service's (its webhook deliveries, say). {@link RetentionJob} applies every bean
 * of this type.
 */
public interface RetentionClasses {

    List<RetentionClass> classes();
}
