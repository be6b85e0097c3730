-- A person's erasure (docs/data-protection.md#erasure) anonymises what grant-service holds on the case's people in
-- place: the free text of its records is overwritten, the ids, codes, dates and money stay, so every ledger still
-- balances and every report is the same. The case keeps when it was erased, so that the service does not pretend.
ALTER TABLE grant_case ADD COLUMN erased_at TIMESTAMPTZ;
-- No report or rule reads a beneficiary's exact age: the minor flag fixed at allocation is what they use. An erased
-- entitlement keeps the flag and loses the age.
ALTER TABLE entitlement ALTER COLUMN age_at_allocation DROP NOT NULL;
