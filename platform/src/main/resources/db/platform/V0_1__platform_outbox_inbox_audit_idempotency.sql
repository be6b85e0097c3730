-- Tables that every service keeps in its own database, from the platform library.

-- Transactional outbox: written in the same transaction as the change it announces.
CREATE TABLE outbox_event (
    position      BIGSERIAL    PRIMARY KEY,
    event_id      UUID         NOT NULL UNIQUE,
    topic         VARCHAR(100) NOT NULL,
    record_key    VARCHAR(100) NOT NULL,
    event_type    VARCHAR(150) NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    last_error    VARCHAR(300)
);
CREATE INDEX outbox_event_pending ON outbox_event (position) WHERE published_at IS NULL;

-- Inbox: one row per event that took effect in a consumer, written with the effect.
CREATE TABLE inbox_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    event_type   VARCHAR(150) NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency keys of creates from partner systems: a retry returns the first result.
CREATE TABLE idempotency_key (
    scope         VARCHAR(200) NOT NULL,
    idem_key      VARCHAR(200) NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    resource_id   UUID,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);

-- Audit trail of every read and change of a person's data. Append-only: the database refuses changes.
CREATE TABLE audit_entry (
    id              BIGSERIAL    PRIMARY KEY,
    occurred_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor           VARCHAR(200) NOT NULL,
    roles           VARCHAR(300) NOT NULL,
    org             VARCHAR(100),
    action          VARCHAR(60)  NOT NULL,
    resource_type   VARCHAR(60)  NOT NULL,
    resource_id     VARCHAR(64),
    correlation_id  VARCHAR(64),
    outcome         VARCHAR(20)  NOT NULL
);
CREATE INDEX audit_entry_resource ON audit_entry (resource_type, resource_id, occurred_at);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
