-- A correction of a referred person's data made on their case (the right to rectification) and applied to the
-- referral: who corrected, from which office, when and why (the reason is free text, protected at rest). A row
-- whose traveller the referral does not hold (a member added on the case) records that nothing was changed here.
CREATE TABLE person_rectification (
    id            UUID          PRIMARY KEY,
    event_id      UUID          NOT NULL UNIQUE,
    referral_id   UUID          NOT NULL REFERENCES referral (id),
    case_id       UUID          NOT NULL,
    member_id     UUID          NOT NULL,
    applied       BOOLEAN       NOT NULL,
    rectified_by  VARCHAR(100)  NOT NULL,
    office        VARCHAR(100)  NOT NULL,
    rectified_at  TIMESTAMPTZ   NOT NULL,
    reason        TEXT          NOT NULL
);
CREATE INDEX person_rectification_referral ON person_rectification (referral_id, rectified_at);
