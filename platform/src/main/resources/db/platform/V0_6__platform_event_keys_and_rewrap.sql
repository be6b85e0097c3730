-- The keys of the people, continued (docs/data-protection.md#keys-of-the-person):
--   - a rotation of the master key wraps the subject keys again (KeyRotation);
--   - a service's event key of a subject is published once, on its compacted key topic, through the outbox, and
--     retracted (a tombstone: an outbox row without payload) when the subject is erased;
--   - the event keys received from the other services are kept in the key store, wrapped by this service's master
--     key, and the record of those destroyed (ids only) is data, only added to.
ALTER TABLE keystore.subject_key ADD COLUMN event_key_published_at TIMESTAMPTZ;

CREATE TABLE keystore.event_key (
    producer       TEXT         NOT NULL,
    subject        UUID         NOT NULL,
    master_key_id  TEXT         NOT NULL,
    wrapped        TEXT         NOT NULL,
    received_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (producer, subject)
);

CREATE TABLE event_key_destroyed (
    producer      TEXT         NOT NULL,
    subject       UUID         NOT NULL,
    destroyed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (producer, subject)
);

ALTER TABLE outbox_event ALTER COLUMN payload DROP NOT NULL;

DO $$
DECLARE
    runtime TEXT := '${runtimeRole}';
BEGIN
    IF runtime = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT UPDATE (master_key_id, wrapped, event_key_published_at) ON keystore.subject_key TO %I',
        runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON keystore.event_key TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT ON event_key_destroyed TO %I', runtime);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON event_key_destroyed FROM %I', runtime);
END;
$$;
