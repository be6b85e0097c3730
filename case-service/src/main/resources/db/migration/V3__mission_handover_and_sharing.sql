-- The handover to the mission of the country of return, and the facts that decide who may see a case, as last
-- announced to the other services (avrr.case.sharing-changed.v1; docs/sharing.md).
ALTER TABLE avrr_case ADD COLUMN handed_over_to_mission_at TIMESTAMPTZ;
ALTER TABLE avrr_case ADD COLUMN handed_over_by VARCHAR(200);
ALTER TABLE avrr_case ADD COLUMN sharing_revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE avrr_case ADD COLUMN sharing_announced VARCHAR(300);
