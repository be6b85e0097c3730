package dev.avrr.grant.plan;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * What has been committed on a plan's lines by the disbursements made on them (requested, approved or paid), as
 * the plan needs it for its view and its checks; the disbursement feature answers.
 */
public interface PlanCommitments {

    /** The amount committed per plan line, for the lines that have any; in the caller's transaction. */
    Map<UUID, BigDecimal> committed(Collection<UUID> lineIds);
}
