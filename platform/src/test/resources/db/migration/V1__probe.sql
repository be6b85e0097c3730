-- A test-only aggregate that exercises the platform's outbox, inbox and audit.
CREATE TABLE probe (
    id        UUID PRIMARY KEY,
    label     VARCHAR(40) NOT NULL
);
CREATE TABLE probe_effect (
    position  BIGSERIAL PRIMARY KEY,
    event_id  UUID NOT NULL,
    subject   VARCHAR(64) NOT NULL,
    sequence  INTEGER NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
