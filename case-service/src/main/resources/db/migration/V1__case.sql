-- AVRR cases ("case" is an SQL keyword, hence avrr_case).
CREATE TABLE avrr_case (
    id                       UUID         PRIMARY KEY,
    referral_id              UUID         UNIQUE,
    office                   VARCHAR(20)  NOT NULL,
    status                   VARCHAR(30)  NOT NULL,
    country_of_return        VARCHAR(2)   NOT NULL,
    referring_org            VARCHAR(100),
    applicant_given_name     VARCHAR(100) NOT NULL,
    applicant_family_name    VARCHAR(100) NOT NULL,
    applicant_date_of_birth  DATE,
    applicant_nationality    VARCHAR(2),
    registered_at            TIMESTAMPTZ  NOT NULL,
    version                  BIGINT       NOT NULL
);
CREATE INDEX avrr_case_status ON avrr_case (status, registered_at);
