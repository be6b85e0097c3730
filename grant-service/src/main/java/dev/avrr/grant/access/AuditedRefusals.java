package dev.avrr.grant.access;

import java.util.UUID;
import java.util.function.Supplier;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.ProblemException;

/**
 * Records a refused change of a person's money in the audit trail (in its own transaction, so it stays when
 * the change rolls back). "Not yours" is recorded where the record is looked up.
 */
public final class AuditedRefusals {

    private AuditedRefusals() {
    }

    public static <T> T run(AuditTrail audit, String action, String resource, UUID id, Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            int status = e.problem().status;
            if (status == 403 || status == 409 || status == 412 || status == 422) {
                audit.refused(action, resource, id, AuditOutcome.REFUSED);
            }
            throw e;
        }
    }
}
