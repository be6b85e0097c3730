-- Referrals from partner organisations.
CREATE TABLE referral (
    id                 UUID         PRIMARY KEY,
    referring_org      VARCHAR(100) NOT NULL,
    jurisdiction       VARCHAR(2)   NOT NULL,
    status             VARCHAR(30)  NOT NULL,
    given_name         VARCHAR(100) NOT NULL,
    family_name        VARCHAR(100) NOT NULL,
    date_of_birth      DATE,
    nationality        VARCHAR(2)   NOT NULL,
    country_of_return  VARCHAR(2)   NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    status_changed_at  TIMESTAMPTZ  NOT NULL,
    accepted_by        VARCHAR(200),
    accepted_by_org    VARCHAR(100),
    version            BIGINT       NOT NULL
);
CREATE INDEX referral_org_created ON referral (referring_org, created_at);
CREATE INDEX referral_status ON referral (status);
