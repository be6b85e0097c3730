-- The person's names and date of birth (and the receiver's note on a decline, free text about them) are sealed with
-- the key of their subject like the rest of the person, the
-- nationality with the service's key as a code the statistics count (docs/data-protection.md#keys-of-the-person):
-- on the referral, and on a reception centre's resident. SQL cannot encrypt: the values kept in clear until now are
-- marked (v0:) and the service's key rotation job seals them for their place at its next run (Resealing).
-- What the database still needs of a resident is kept beside: the year of birth (which residents may be minors),
-- and on each return conversation whether it was held with a minor (the yearly figures).
ALTER TABLE resident ADD COLUMN birth_year INTEGER;
UPDATE resident SET birth_year = extract(YEAR FROM date_of_birth);
ALTER TABLE resident ALTER COLUMN birth_year SET NOT NULL;

ALTER TABLE return_conversation ADD COLUMN with_minor BOOLEAN;
UPDATE return_conversation c SET with_minor = c.held_on < r.date_of_birth + INTERVAL '18 years'
    FROM resident r WHERE r.id = c.resident_id;
ALTER TABLE return_conversation ALTER COLUMN with_minor SET NOT NULL;

ALTER TABLE referral
    ALTER COLUMN given_name TYPE TEXT USING 'v0:' || given_name,
    ALTER COLUMN family_name TYPE TEXT USING 'v0:' || family_name,
    ALTER COLUMN date_of_birth TYPE TEXT USING 'v0:' || to_char(date_of_birth, 'YYYY-MM-DD'),
    ALTER COLUMN nationality TYPE TEXT USING 'v0:' || nationality,
    ALTER COLUMN decline_reason TYPE TEXT USING 'v0:' || decline_reason;

-- A resident erased when the counselling's period has passed (docs/retention.md): names "erased", no date of birth.
ALTER TABLE resident
    ALTER COLUMN given_name TYPE TEXT USING 'v0:' || given_name,
    ALTER COLUMN family_name TYPE TEXT USING 'v0:' || family_name,
    ALTER COLUMN date_of_birth TYPE TEXT USING 'v0:' || to_char(date_of_birth, 'YYYY-MM-DD'),
    ALTER COLUMN date_of_birth DROP NOT NULL,
    ALTER COLUMN nationality TYPE TEXT USING 'v0:' || nationality,
    ADD COLUMN erased_at TIMESTAMPTZ;

DROP INDEX resident_centre;
CREATE INDEX resident_centre ON resident (centre_org, registered_at DESC, id);
