-- Notifications also announce the new items of the other services' work queues (docs/work-queues.md): a referral
-- to accept has no case yet, and an item may arrive before monitoring knows its case. Each notification names
-- the IOM office it concerns and, for an item, who does the work and where it is read.
ALTER TABLE notification DROP CONSTRAINT notification_case_id_fkey;
ALTER TABLE notification ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN office VARCHAR(100);
UPDATE notification n SET office = c.office FROM monitored_case c WHERE c.case_id = n.case_id;
ALTER TABLE notification ALTER COLUMN office SET NOT NULL;
ALTER TABLE notification ADD COLUMN audience VARCHAR(20);
ALTER TABLE notification ADD COLUMN item_kind VARCHAR(40);
ALTER TABLE notification ADD COLUMN href VARCHAR(200);
CREATE INDEX notification_office ON notification (office, seq);
