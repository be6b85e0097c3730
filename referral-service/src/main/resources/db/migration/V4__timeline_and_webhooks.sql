-- Återkoppling: which case belongs to which referral, and the sanitised milestones of each case.
CREATE TABLE case_link (
    case_id      UUID         PRIMARY KEY,
    referral_id  UUID         NOT NULL,
    linked_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_link_referral ON case_link (referral_id);

CREATE TABLE milestone (
    id           UUID         PRIMARY KEY,
    event_id     UUID         NOT NULL UNIQUE,
    case_id      UUID         NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    outcome      VARCHAR(20),
    stage        VARCHAR(10),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX milestone_case ON milestone (case_id, occurred_at);

-- One callback per organisation; its secrets are encrypted by the service (keyId:base64).
CREATE TABLE webhook_subscription (
    org                    VARCHAR(100) PRIMARY KEY,
    url                    VARCHAR(500) NOT NULL,
    secret                 TEXT         NOT NULL,
    previous_secret        TEXT,
    previous_secret_until  TIMESTAMPTZ,
    created_at             TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL,
    secret_rotated_at      TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL
);

-- Each entry to push, written with the change it announces; the dispatcher sends, retries and records.
CREATE TABLE webhook_delivery (
    id                UUID         PRIMARY KEY,
    org               VARCHAR(100) NOT NULL,
    referral_id       UUID         NOT NULL,
    entry_kind        VARCHAR(20)  NOT NULL,
    entry_code        VARCHAR(40)  NOT NULL,
    payload           TEXT         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    attempts          INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL,
    delivered_at      TIMESTAMPTZ,
    last_status_code  INTEGER,
    last_error        VARCHAR(300)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_org ON webhook_delivery (org, created_at);

CREATE TABLE webhook_attempt (
    id            BIGSERIAL    PRIMARY KEY,
    delivery_id   UUID         NOT NULL REFERENCES webhook_delivery (id),
    attempted_at  TIMESTAMPTZ  NOT NULL,
    status_code   INTEGER,
    error         VARCHAR(300),
    duration_ms   BIGINT       NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
