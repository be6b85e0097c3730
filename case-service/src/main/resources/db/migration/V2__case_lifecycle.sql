-- The AVRR case in full (issue 4): route and programme, the household, consents, eligibility, the UDI step,
-- assessments that gate travel, travel, and the history of every step. Structured values that hold personal or
-- special-category data are TEXT columns protected at rest by the service (keyId:base64, AES-256-GCM).

-- The office is the IOM office's organisation id (the org claim of its caseworkers), no longer an enum name.
ALTER TABLE avrr_case ALTER COLUMN office TYPE VARCHAR(100);
UPDATE avrr_case SET office = 'iom-oslo' WHERE office = 'IOM_OSLO';
UPDATE avrr_case SET office = 'iom-helsinki' WHERE office = 'IOM_HELSINKI';

ALTER TABLE avrr_case ADD COLUMN jurisdiction VARCHAR(2);
UPDATE avrr_case SET jurisdiction = CASE office WHEN 'iom-helsinki' THEN 'SE' ELSE 'NO' END;
ALTER TABLE avrr_case ALTER COLUMN jurisdiction SET NOT NULL;

ALTER TABLE avrr_case ADD COLUMN programme VARCHAR(30);
UPDATE avrr_case SET programme = CASE jurisdiction WHEN 'SE' THEN 'SWEDISH_AVRR' ELSE 'VULNERABLE_GROUPS' END;
ALTER TABLE avrr_case ALTER COLUMN programme SET NOT NULL;

ALTER TABLE avrr_case ADD COLUMN status_changed_at TIMESTAMPTZ;
UPDATE avrr_case SET status_changed_at = registered_at;
ALTER TABLE avrr_case ALTER COLUMN status_changed_at SET NOT NULL;

ALTER TABLE avrr_case ADD COLUMN registration_source VARCHAR(20);
UPDATE avrr_case SET registration_source = 'REFERRAL';
ALTER TABLE avrr_case ALTER COLUMN registration_source SET NOT NULL;

ALTER TABLE avrr_case ADD COLUMN applicant_member_id UUID;
UPDATE avrr_case SET applicant_member_id = gen_random_uuid();
ALTER TABLE avrr_case ALTER COLUMN applicant_member_id SET NOT NULL;

ALTER TABLE avrr_case
    ADD COLUMN coordinator_org                 VARCHAR(100),
    ADD COLUMN registered_by                   VARCHAR(200),
    ADD COLUMN applicant_estimated_birth_year  INTEGER,
    ADD COLUMN applicant_details               TEXT,
    ADD COLUMN household                       TEXT,
    ADD COLUMN vulnerability                   TEXT,
    ADD COLUMN departure_deadline              DATE,
    ADD COLUMN consents                        TEXT,
    ADD COLUMN return_sharing_allowed          BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN udi_consent_standing            BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN application_signed_on           DATE,
    ADD COLUMN application_attachments         INTEGER,
    ADD COLUMN application_source              VARCHAR(20),
    ADD COLUMN application_recorded_at         TIMESTAMPTZ,
    ADD COLUMN eligibility                     TEXT,
    ADD COLUMN submitted_to_udi_at             TIMESTAMPTZ,
    ADD COLUMN udi_decisions                   TEXT,
    ADD COLUMN une_appealed_on                 DATE,
    ADD COLUMN approved_at                     TIMESTAMPTZ,
    ADD COLUMN approval_basis                  VARCHAR(20),
    ADD COLUMN approval_announced_at           TIMESTAMPTZ,
    ADD COLUMN needs_inventory                 TEXT,
    ADD COLUMN plan_id                         UUID,
    ADD COLUMN plan_drafted_on                 DATE,
    ADD COLUMN risk_assessments                TEXT,
    ADD COLUMN family_tracing                  TEXT,
    ADD COLUMN travel_arrangements             TEXT,
    ADD COLUMN travel_booking                  TEXT,
    ADD COLUMN scheduled_departure_on          DATE,
    ADD COLUMN departed_on                     DATE,
    ADD COLUMN arrived_on                      DATE;

-- The scopes: a caseworker's office, a mission's country from departure on, UDI's submitted cases.
CREATE INDEX avrr_case_office ON avrr_case (office, registered_at);
CREATE INDEX avrr_case_country ON avrr_case (country_of_return, departed_on);
CREATE INDEX avrr_case_udi ON avrr_case (jurisdiction, submitted_to_udi_at);

-- Each step of a case: what, when, who (user and organisation), from which state to which, and why.
CREATE TABLE case_step (
    id           BIGSERIAL    PRIMARY KEY,
    case_id      UUID         NOT NULL REFERENCES avrr_case (id),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    step         VARCHAR(40)  NOT NULL,
    label        VARCHAR(80)  NOT NULL,
    from_status  VARCHAR(30),
    to_status    VARCHAR(30)  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    actor_org    VARCHAR(100),
    note         TEXT
);
CREATE INDEX case_step_case ON case_step (case_id, id);
