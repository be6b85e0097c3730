-- What grant-service knows of a case grows with the case's events; an approval may arrive before the
-- registration, so a case may be known before its registration time is.
ALTER TABLE grant_case ALTER COLUMN registered_at DROP NOT NULL;
ALTER TABLE grant_case ALTER COLUMN office TYPE VARCHAR(100);
ALTER TABLE grant_case ADD COLUMN jurisdiction VARCHAR(2);
ALTER TABLE grant_case ADD COLUMN programme VARCHAR(30);
ALTER TABLE grant_case ADD COLUMN approved_at TIMESTAMPTZ;
ALTER TABLE grant_case ADD COLUMN applied_before_deadline BOOLEAN;
ALTER TABLE grant_case ADD COLUMN returned_on DATE;
-- Set when the case was withdrawn or the person absconded: no more money moves on its entitlements.
ALTER TABLE grant_case ADD COLUMN stopped_as VARCHAR(20);
ALTER TABLE grant_case ADD COLUMN stopped_at TIMESTAMPTZ;

-- One entitlement per beneficiary per case, under the programme version it was allocated from.
CREATE TABLE entitlement (
    id                    UUID         PRIMARY KEY,
    case_id               UUID         NOT NULL REFERENCES grant_case (case_id),
    beneficiary_id        UUID         NOT NULL,
    relation              VARCHAR(20)  NOT NULL,
    age_at_allocation     INTEGER      NOT NULL,
    minor                 BOOLEAN      NOT NULL,
    programme             VARCHAR(30)  NOT NULL,
    programme_version_id  UUID         NOT NULL REFERENCES programme_version (id),
    programme_version     INTEGER      NOT NULL,
    currency              VARCHAR(3)     NOT NULL,
    office                VARCHAR(100) NOT NULL,
    country_of_return     VARCHAR(2)   NOT NULL,
    allocated_at          TIMESTAMPTZ  NOT NULL,
    allocated_on_event    VARCHAR(100) NOT NULL,
    changed_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (case_id, beneficiary_id)
);
CREATE INDEX entitlement_scope ON entitlement (country_of_return, office);

-- The entitlement's categories as allocated: the form is the one for this beneficiary (a minor's may differ).
CREATE TABLE entitlement_category (
    id                 UUID          PRIMARY KEY,
    entitlement_id     UUID          NOT NULL REFERENCES entitlement (id),
    position           INTEGER       NOT NULL,
    code               VARCHAR(40)   NOT NULL,
    label              VARCHAR(200)  NOT NULL,
    kind               VARCHAR(30)   NOT NULL,
    form               VARCHAR(10)   NOT NULL,
    needs_based        BOOLEAN       NOT NULL,
    evidence_required  VARCHAR(30)   NOT NULL,
    single_payment     BOOLEAN       NOT NULL,
    allocated          NUMERIC(14,2) NOT NULL CHECK (allocated > 0),
    UNIQUE (entitlement_id, code)
);

-- The double-entry ledger of each entitlement. A transaction is a set of entries that sum to zero (a positive
-- amount debits an account, a negative one credits it). Accounts per category: FUNDING (the programme),
-- AVAILABLE (the beneficiary's remaining balance), RESERVED (requested or approved, not yet paid), DISBURSED.
-- Corrections are reversing transactions; the database refuses updates and deletes.
CREATE TABLE ledger_entry (
    id                    BIGSERIAL     PRIMARY KEY,
    transaction_id        UUID          NOT NULL,
    entitlement_id        UUID          NOT NULL REFERENCES entitlement (id),
    entry_type            VARCHAR(20)   NOT NULL
        CHECK (entry_type IN ('ALLOCATION', 'CONVERSION', 'RESERVATION', 'RELEASE', 'PAYMENT', 'REVERSAL')),
    account               VARCHAR(20)   NOT NULL CHECK (account IN ('FUNDING', 'AVAILABLE', 'RESERVED', 'DISBURSED')),
    category              VARCHAR(40)   NOT NULL,
    amount                NUMERIC(14,2) NOT NULL CHECK (amount <> 0),
    currency              VARCHAR(3)      NOT NULL,
    reference_id          UUID,
    reverses_transaction  UUID,
    recorded_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    recorded_by           VARCHAR(200)  NOT NULL
);
CREATE INDEX ledger_entry_balance ON ledger_entry (entitlement_id, account, category);
CREATE INDEX ledger_entry_transaction ON ledger_entry (transaction_id);

CREATE FUNCTION ledger_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger_entry is append-only: correct with a reversing transaction';
END;
$$;
CREATE TRIGGER ledger_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_entry_append_only();

-- Checked when the transaction commits: every ledger transaction balances, and no category's available or
-- reserved balance is below zero. The service takes a row lock on the entitlement before it writes, so this
-- check sees every committed entry of the entitlement.
CREATE FUNCTION ledger_entry_checks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(amount) FROM ledger_entry WHERE transaction_id = NEW.transaction_id) <> 0 THEN
        RAISE EXCEPTION 'ledger transaction % does not balance', NEW.transaction_id;
    END IF;
    IF EXISTS (SELECT 1 FROM ledger_entry
               WHERE entitlement_id = NEW.entitlement_id AND category = NEW.category
                 AND account IN ('AVAILABLE', 'RESERVED')
               GROUP BY account HAVING sum(amount) < 0) THEN
        RAISE EXCEPTION 'ledger transaction % overdraws a category', NEW.transaction_id;
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER ledger_entry_balanced AFTER INSERT ON ledger_entry
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_entry_checks();

-- A conversion between two categories of one entitlement (seed 001): who, when, from, to, amount, reason.
CREATE TABLE conversion (
    id                  UUID          PRIMARY KEY,
    entitlement_id      UUID          NOT NULL REFERENCES entitlement (id),
    from_category       VARCHAR(40)   NOT NULL,
    to_category         VARCHAR(40)   NOT NULL,
    amount              NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    currency            VARCHAR(3)      NOT NULL,
    reason              TEXT          NOT NULL,
    converted_by        VARCHAR(200)  NOT NULL,
    converted_by_org    VARCHAR(100),
    converted_at        TIMESTAMPTZ   NOT NULL,
    ledger_transaction  UUID          NOT NULL
);
CREATE INDEX conversion_entitlement ON conversion (entitlement_id, converted_at);

-- Evidence recorded for a category, e.g. a physician's description of medical needs (seed 001); protected.
CREATE TABLE evidence (
    id              UUID         PRIMARY KEY,
    entitlement_id  UUID         NOT NULL REFERENCES entitlement (id),
    category        VARCHAR(40)  NOT NULL,
    evidence_type   VARCHAR(30)  NOT NULL,
    issued_on       DATE         NOT NULL,
    description     TEXT         NOT NULL,
    recorded_by     VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX evidence_entitlement ON evidence (entitlement_id, category);

-- A beneficiary's reintegration plan, made by the mission with the returnee after arrival; a child's support
-- has its own plan because each child has its own entitlement (seed 001).
CREATE TABLE reintegration_plan (
    id               UUID         PRIMARY KEY,
    entitlement_id   UUID         NOT NULL REFERENCES entitlement (id),
    status           VARCHAR(20)  NOT NULL,
    notes            TEXT,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    status_changed_at TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    decided_by       VARCHAR(200),
    decided_at       TIMESTAMPTZ,
    return_reason    TEXT,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX reintegration_plan_entitlement ON reintegration_plan (entitlement_id, created_at);
-- At most one plan in the making per entitlement; approved plans stay.
CREATE UNIQUE INDEX reintegration_plan_one_open ON reintegration_plan (entitlement_id)
    WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED');

CREATE TABLE plan_line (
    id           UUID          PRIMARY KEY,
    plan_id      UUID          NOT NULL REFERENCES reintegration_plan (id),
    position     INTEGER       NOT NULL,
    category     VARCHAR(40)   NOT NULL,
    activity     VARCHAR(40)   NOT NULL,
    description  TEXT,
    provider     TEXT          NOT NULL,
    amount       NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    UNIQUE (plan_id, position)
);

-- A payment from an entitlement: requested by the mission, approved by finance (not the requester), then paid.
CREATE TABLE disbursement (
    id                    UUID          PRIMARY KEY,
    entitlement_id        UUID          NOT NULL REFERENCES entitlement (id),
    category              VARCHAR(40)   NOT NULL,
    form                  VARCHAR(10)   NOT NULL,
    plan_line_id          UUID          REFERENCES plan_line (id),
    payee_type            VARCHAR(10)   NOT NULL CHECK (payee_type IN ('VENDOR', 'RETURNEE', 'PARENT')),
    payee_name            TEXT          NOT NULL,
    payee_account         TEXT,
    amount                NUMERIC(14,2) NOT NULL CHECK (amount > 0),
    currency              VARCHAR(3)      NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    requested_by          VARCHAR(200)  NOT NULL,
    requested_by_org      VARCHAR(100),
    requested_at          TIMESTAMPTZ   NOT NULL,
    decided_by            VARCHAR(200),
    decided_at            TIMESTAMPTZ,
    decision_reason       TEXT,
    paid_by               VARCHAR(200),
    paid_at               TIMESTAMPTZ,
    paid_on               DATE,
    local_amount          NUMERIC(16,2),
    local_currency        VARCHAR(3),
    exchange_rate         NUMERIC(20,10),
    nok_equivalent        NUMERIC(14,2),
    payment_reference     TEXT,
    reversed_by           VARCHAR(200),
    reversed_at           TIMESTAMPTZ,
    reversal_reason       TEXT,
    reservation_transaction UUID        NOT NULL,
    payment_transaction   UUID,
    status_changed_at     TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX disbursement_entitlement ON disbursement (entitlement_id, category, status);
CREATE INDEX disbursement_status ON disbursement (status, requested_at);
CREATE INDEX disbursement_plan_line ON disbursement (plan_line_id) WHERE plan_line_id IS NOT NULL;
