-- A person's erasure (docs/data-protection.md#erasure-and-retention): when monitoring-service erased what it held on
-- the returnee — the wellbeing notes, the alerts' details and notes, the feedback's words, the languages — in place,
-- keeping the ids, codes, dates and scores its statistics count. Null while nothing was erased.
ALTER TABLE monitored_case ADD COLUMN erased_at TIMESTAMPTZ;
