-- The facts that decide who may see a case besides its office and country of return, as case-service announces
-- them (avrr.case.sharing-changed.v1; docs/sharing.md). Until the first announcement nothing is shared with the
-- mission: no handover, no consent.
ALTER TABLE grant_case ADD COLUMN sharing_revision BIGINT NOT NULL DEFAULT -1;
ALTER TABLE grant_case ADD COLUMN handed_over_to_mission BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE grant_case ADD COLUMN share_for_return BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE grant_case ADD COLUMN share_with_udi BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE grant_case ADD COLUMN submitted_to_udi BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE grant_case ADD COLUMN departed BOOLEAN NOT NULL DEFAULT FALSE;
