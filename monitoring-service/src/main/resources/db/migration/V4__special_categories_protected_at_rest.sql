-- A returnee's programme and household category say whether the person is a victim of trafficking, a child
-- alone or ill: both are protected at rest ("keyId:sealed" text), and so is the schedule the plan was made from
-- (each programme has its own). Values kept in clear before are protected at start (LegacyPlainValues).
ALTER TABLE monitored_case ALTER COLUMN programme TYPE TEXT;
ALTER TABLE monitored_case ALTER COLUMN category TYPE TEXT;
ALTER TABLE monitored_case DROP CONSTRAINT monitored_case_schedule;
ALTER TABLE monitored_case ALTER COLUMN schedule_id TYPE TEXT;
