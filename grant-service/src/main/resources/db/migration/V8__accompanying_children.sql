-- UDI's standard grant gives NOK 10,000 extra "per accompanying child" (docs/domain.md#the-udi-standard-grant): a
-- minor who travels alone is the applicant and gets the single amount. The supplement was seeded for every minor,
-- the applicant included; it is for the minors travelling with the applicant. Entitlements allocated before stay as
-- they were allocated.
ALTER TABLE budget_category ALTER COLUMN eligible TYPE VARCHAR(24);
ALTER TABLE budget_category DROP CONSTRAINT budget_category_eligible_check;
ALTER TABLE budget_category ADD CONSTRAINT budget_category_eligible_check
    CHECK (eligible IN ('EVERY_BENEFICIARY', 'ADULTS', 'MINORS', 'ACCOMPANYING_CHILDREN'));
UPDATE budget_category SET eligible = 'ACCOMPANYING_CHILDREN',
       label = 'Extra per accompanying child, applied before the departure deadline'
 WHERE id = '5e7a0000-0000-4000-8003-000000000003';
