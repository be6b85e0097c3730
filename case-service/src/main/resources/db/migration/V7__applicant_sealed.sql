-- The applicant's names, date of birth and nationality are sealed with the case's key like the rest of the person
-- (docs/data-protection.md#keys-of-the-person). SQL cannot encrypt: the values kept in clear until now are marked
-- (v0:) and the service's key rotation job seals them for their place at its next run (Resealing).
ALTER TABLE avrr_case
    ALTER COLUMN applicant_given_name TYPE TEXT USING 'v0:' || applicant_given_name,
    ALTER COLUMN applicant_family_name TYPE TEXT USING 'v0:' || applicant_family_name,
    ALTER COLUMN applicant_date_of_birth TYPE TEXT USING 'v0:' || to_char(applicant_date_of_birth, 'YYYY-MM-DD'),
    ALTER COLUMN applicant_nationality TYPE TEXT USING 'v0:' || applicant_nationality;
