-- Events a consumer could not take, kept with the reason so that an operator can redrive or discard them
-- (docs/architecture.md, parked events). PARKED: refused for good (poison); HELD: a later event of the same
-- subject (case or referral), kept back so that the subject's events are never applied out of order; REDRIVEN and
-- DISCARDED: resolved, by whom and how. The value is the event as consumed: its personal part stays sealed.
CREATE TABLE parked_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    event_type   VARCHAR(150) NOT NULL,
    subject      VARCHAR(100),
    status       VARCHAR(10)  NOT NULL CHECK (status IN ('PARKED', 'HELD', 'REDRIVEN', 'DISCARDED')),
    reason       VARCHAR(500) NOT NULL,
    event_value  TEXT         NOT NULL,
    parked_at    TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    resolved_at  TIMESTAMPTZ,
    resolved_by  VARCHAR(200),
    resolution   VARCHAR(500),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX parked_event_open ON parked_event (consumer, subject, parked_at) WHERE status IN ('PARKED', 'HELD');
CREATE INDEX parked_event_status ON parked_event (status, parked_at);
