-- The terms the people of a case are found by (docs/data-protection.md#search): keyed hashes only — of the trigrams
-- of their names, of their identifiers, dates and years of birth and nationality — per member of the household.
CREATE TABLE person_term (
    case_id    UUID      NOT NULL REFERENCES avrr_case (id),
    member_id  UUID      NOT NULL,
    term       VARCHAR(32) NOT NULL,
    PRIMARY KEY (case_id, member_id, term)
);
CREATE INDEX person_term_term ON person_term (term, case_id, member_id);

-- The key id the case's terms were hashed under; null until indexed (cases registered before search are indexed by
-- a background job).
ALTER TABLE avrr_case ADD COLUMN search_key_id VARCHAR(64);

-- A registration that matches a person of another case of the same office (an identifier, or the whole name and the
-- date of birth): flagged to the office's caseworker, who links or dismisses it. Ids and codes only.
CREATE TABLE possible_duplicate (
    case_id        UUID          NOT NULL REFERENCES avrr_case (id),
    other_case_id  UUID          NOT NULL REFERENCES avrr_case (id),
    reason         VARCHAR(20)   NOT NULL CHECK (reason IN ('IDENTIFIER', 'NAME_AND_BIRTH')),
    status         VARCHAR(10)   NOT NULL CHECK (status IN ('OPEN', 'LINKED', 'DISMISSED')),
    found_at       TIMESTAMPTZ   NOT NULL,
    decided_by     VARCHAR(200),
    decided_at     TIMESTAMPTZ,
    PRIMARY KEY (case_id, other_case_id)
);
ALTER TABLE avrr_case ADD COLUMN open_duplicates INT NOT NULL DEFAULT 0;
