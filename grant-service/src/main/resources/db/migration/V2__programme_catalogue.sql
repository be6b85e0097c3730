-- The programme catalogue (issue 5, §1): what each programme gives, per version, with validity dates. Amounts
-- change between years and programmes, so they are data; an allocation keeps the version it was made under.
CREATE TABLE programme_version (
    id                  UUID         PRIMARY KEY,
    programme           VARCHAR(30)  NOT NULL,
    version             INTEGER      NOT NULL CHECK (version > 0),
    valid_from          DATE         NOT NULL,
    valid_to            DATE,
    currency            VARCHAR(3)     NOT NULL,
    allocation_trigger  VARCHAR(20)  NOT NULL CHECK (allocation_trigger IN ('CASE_APPROVED', 'RETURN_COMPLETED')),
    beneficiaries       VARCHAR(30)  NOT NULL
        CHECK (beneficiaries IN ('APPLICANT_ONLY', 'APPLICANT_AND_CHILDREN', 'EVERY_TRAVELLER')),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by          VARCHAR(200) NOT NULL,
    UNIQUE (programme, version),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

-- A budget category of a version. A beneficiary gets the categories whose eligibility and deadline condition
-- hold for them; a code may appear twice only under conditions that exclude each other (UDI's 15,000 / 5,000).
CREATE TABLE budget_category (
    id                    UUID          PRIMARY KEY,
    programme_version_id  UUID          NOT NULL REFERENCES programme_version (id),
    position              INTEGER       NOT NULL,
    code                  VARCHAR(40)   NOT NULL,
    label                 VARCHAR(200)  NOT NULL,
    kind                  VARCHAR(30)   NOT NULL
        CHECK (kind IN ('ACCOMMODATION', 'INCOME_GENERATION', 'MEDICAL', 'SUBSISTENCE', 'CASH_GRANT')),
    amount                NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    form                  VARCHAR(10)   NOT NULL CHECK (form IN ('CASH', 'IN_KIND')),
    form_for_minor        VARCHAR(10)   NOT NULL CHECK (form_for_minor IN ('CASH', 'IN_KIND')),
    needs_based           BOOLEAN       NOT NULL,
    evidence_required     VARCHAR(30)   NOT NULL CHECK (evidence_required IN ('NONE', 'PHYSICIAN_STATEMENT')),
    single_payment        BOOLEAN       NOT NULL,
    eligible              VARCHAR(20)   NOT NULL CHECK (eligible IN ('EVERY_BENEFICIARY', 'ADULTS', 'MINORS')),
    deadline_condition    VARCHAR(20)   NOT NULL CHECK (deadline_condition IN ('ANY', 'BEFORE_DEADLINE', 'AFTER_DEADLINE')),
    UNIQUE (programme_version_id, position),
    UNIQUE (programme_version_id, code, eligible, deadline_condition)
);
