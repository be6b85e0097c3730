package dev.avrr.cases.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reintegration plan grant-service announced approved for a case: ids and a time, nothing of the plan itself. */
@Entity
@Table(name = "approved_plan")
public class ApprovedPlan {

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "approved_at", nullable = false)
    public OffsetDateTime approvedAt;
}
