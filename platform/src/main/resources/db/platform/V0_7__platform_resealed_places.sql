-- Values sealed again (docs/data-protection.md#keys-of-the-person): a column's values sealed with an older key of
-- the service, in the form from before values had places, or kept in clear before the column was protected, are
-- sealed again for their place by the key rotation job; once a column holds none, it is recorded here for the
-- service's active key, and the job does not read the column again until another key becomes active. It is data
-- (not in the key store): a restored backup of the data brings back the record that matches it.
CREATE TABLE sealed_place (
    place       TEXT         NOT NULL,
    key_id      TEXT         NOT NULL,
    checked_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (place, key_id)
);

DO $$
DECLARE
    runtime TEXT := '${runtimeRole}';
BEGIN
    IF runtime = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT ON sealed_place TO %I', runtime);
END;
$$;
