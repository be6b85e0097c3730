-- The two routes: the coordinator of a Swedish referral, when the referral was submitted and when it reached
-- IOM (Norway: on submission; Sweden: on the coordinator's approval), and a decline's reason.
ALTER TABLE referral ADD COLUMN coordinator_org VARCHAR(100);
ALTER TABLE referral ADD COLUMN submitted_at TIMESTAMPTZ;
ALTER TABLE referral ADD COLUMN iom_notified_at TIMESTAMPTZ;
ALTER TABLE referral ADD COLUMN decline_reason VARCHAR(1000);
UPDATE referral SET submitted_at = created_at, iom_notified_at = created_at WHERE status <> 'DRAFT';
ALTER TABLE referral DROP COLUMN accepted_by;
ALTER TABLE referral DROP COLUMN accepted_by_org;
CREATE INDEX referral_coordinator ON referral (coordinator_org, status);
CREATE INDEX referral_jurisdiction ON referral (jurisdiction, status);

-- Each step of a referral: who (organisation and user), when, from which status to which, under which label.
CREATE TABLE referral_step (
    id            BIGSERIAL    PRIMARY KEY,
    referral_id   UUID         NOT NULL REFERENCES referral (id),
    occurred_at   TIMESTAMPTZ  NOT NULL,
    step          VARCHAR(40)  NOT NULL,
    label         VARCHAR(80)  NOT NULL,
    from_status   VARCHAR(30),
    to_status     VARCHAR(30)  NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    actor_org     VARCHAR(100)
);
CREATE INDEX referral_step_referral ON referral_step (referral_id, id);
