-- The reintegration plans grant-service announced approved (avrr.grant.plan-approved.v1), kept by plan: travel
-- waits for an approved plan of the case (docs/case-service.md#rules-each-in-one-class-with-its-source). Ids and a time only.
CREATE TABLE approved_plan (
    plan_id      UUID         PRIMARY KEY,
    case_id      UUID         NOT NULL,
    approved_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX approved_plan_case ON approved_plan (case_id);

-- When grant-service approved the plan the case refers to; null while it has not announced it.
ALTER TABLE avrr_case ADD COLUMN plan_approved_at TIMESTAMPTZ;
