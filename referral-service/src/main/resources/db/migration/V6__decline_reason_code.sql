-- A decline reaches the referrer as a reason code from a fixed list with a public label; the receiving
-- organisation's own words stay with it (decline_reason is that internal note from now on).
ALTER TABLE referral ADD COLUMN decline_reason_code VARCHAR(40);
UPDATE referral SET decline_reason_code = 'OTHER' WHERE status = 'DECLINED';
