-- Notifications: what an IOM office or a mission is told of its returnees (an alert raised or escalated, feedback
-- received, a handover, an item overdue), ids and kinds only. Written in the transaction of the change they
-- announce; who may read one is decided by the sharing rule on its case when it is read or sent.
CREATE TABLE notification (
    seq          BIGSERIAL    PRIMARY KEY,
    id           UUID         NOT NULL UNIQUE,
    case_id      UUID         NOT NULL REFERENCES monitored_case (case_id),
    kind         VARCHAR(40)  NOT NULL,
    subject_id   UUID         NOT NULL,
    level        INTEGER      NOT NULL DEFAULT 0,
    escalation   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX notification_case ON notification (case_id, seq);

-- A signed webhook an office or a mission registered for its notifications (ALL) or its escalations only. The
-- subscriber's roles, organisation and country are those of the token that registered it: the sharing rule
-- decides with them which notifications it gets.
CREATE TABLE notification_subscription (
    id                     UUID          PRIMARY KEY,
    org                    VARCHAR(100)  NOT NULL,
    channel                VARCHAR(20)   NOT NULL,
    roles                  VARCHAR(200)  NOT NULL,
    country                VARCHAR(2),
    url                    VARCHAR(500)  NOT NULL,
    secret                 TEXT          NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (org, channel)
);

-- One notification to POST to one subscription, retried with back-off until the receiver answers 2xx; cancelled
-- only when the subscription is removed or the subscriber may no longer see the case.
CREATE TABLE notification_delivery (
    id                UUID          PRIMARY KEY,
    notification_seq  BIGINT        NOT NULL REFERENCES notification (seq),
    subscription_id   UUID          NOT NULL,
    payload           TEXT          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    attempts          INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ,
    created_at        TIMESTAMPTZ   NOT NULL,
    delivered_at      TIMESTAMPTZ,
    last_status_code  INTEGER,
    last_error        VARCHAR(300)
);
CREATE INDEX notification_delivery_due ON notification_delivery (next_attempt_at) WHERE status = 'PENDING';

-- An alert nobody acknowledges within its urgency's deadline escalates, one level per deadline passed.
ALTER TABLE protection_alert ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0;
ALTER TABLE protection_alert ADD COLUMN escalated_at TIMESTAMPTZ;
CREATE INDEX protection_alert_open ON protection_alert (raised_at) WHERE status = 'OPEN';
