-- The full person: sex, an estimated birth year where the date is unknown, the interpreter need; languages,
-- contact details, identity numbers and the household in one column, and the vulnerability (categories, who
-- identified a victim of trafficking, reason, notes) in another, both encrypted by the service (keyId:base64).
ALTER TABLE referral ADD COLUMN estimated_birth_year INTEGER;
ALTER TABLE referral ADD COLUMN sex VARCHAR(10);
ALTER TABLE referral ADD COLUMN interpreter_needed BOOLEAN;
ALTER TABLE referral ADD COLUMN person_details TEXT;
ALTER TABLE referral ADD COLUMN vulnerability TEXT;
-- A referral a coordinator registered itself, for a person who reached it outside the system.
ALTER TABLE referral ADD COLUMN outside_channel VARCHAR(30);
ALTER TABLE referral ADD COLUMN outside_referred_by TEXT;

-- Consent per purpose and recipient, and its withdrawal; never deleted.
CREATE TABLE referral_consent (
    id                          UUID         PRIMARY KEY,
    referral_id                 UUID         NOT NULL REFERENCES referral (id),
    purpose                     VARCHAR(30)  NOT NULL,
    recipient_org               VARCHAR(100) NOT NULL,
    given_at                    TIMESTAMPTZ  NOT NULL,
    language                    VARCHAR(3)   NOT NULL,
    interpreter_used            BOOLEAN      NOT NULL,
    recorded_at                 TIMESTAMPTZ  NOT NULL,
    recorded_by                 VARCHAR(200) NOT NULL,
    recorded_by_org             VARCHAR(100),
    withdrawn_at                TIMESTAMPTZ,
    withdrawal_language         VARCHAR(3),
    withdrawal_interpreter_used BOOLEAN,
    withdrawal_recorded_by      VARCHAR(200),
    withdrawal_recorded_by_org  VARCHAR(100),
    version                     BIGINT       NOT NULL
);
CREATE INDEX referral_consent_referral ON referral_consent (referral_id);
-- At most one standing consent per referral, purpose and recipient.
CREATE UNIQUE INDEX referral_consent_standing ON referral_consent (referral_id, purpose, recipient_org)
    WHERE withdrawn_at IS NULL;

-- Välgrundat beslut: the signed AVRR application of a Swedish referral; attachments' metadata encrypted.
CREATE TABLE signed_application (
    referral_id      UUID         PRIMARY KEY REFERENCES referral (id),
    signed_on        DATE         NOT NULL,
    language         VARCHAR(3),
    attachments      TEXT         NOT NULL,
    recorded_at      TIMESTAMPTZ  NOT NULL,
    recorded_by      VARCHAR(200) NOT NULL,
    recorded_by_org  VARCHAR(100)
);
