-- The keys of the people a service holds (docs/data-protection.md#keys-of-the-person). Each subject's data key,
-- wrapped by the service's master key, lives in a schema of its own, so that the data's backups can leave it out
-- (pg_dump --exclude-schema=keystore) and the keys are backed up apart, kept for a shorter time: once an erasure
-- destroyed a key, no backup of the data can be read without it. Which keys were destroyed is data (public): a
-- value whose key was destroyed reads as absent, one whose key is unknown is an error.
CREATE SCHEMA IF NOT EXISTS keystore;

CREATE TABLE keystore.subject_key (
    subject        UUID         PRIMARY KEY,
    master_key_id  TEXT         NOT NULL,
    wrapped        TEXT         NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE subject_key_destroyed (
    subject       UUID         PRIMARY KEY,
    destroyed_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

DO $$
DECLARE
    runtime TEXT := '${runtimeRole}';
BEGIN
    IF runtime = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA keystore TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT, DELETE ON keystore.subject_key TO %I', runtime);
    -- A destroyed key stays destroyed: the record of it is only added to.
    EXECUTE format('GRANT SELECT, INSERT ON subject_key_destroyed TO %I', runtime);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON subject_key_destroyed FROM %I', runtime);
END;
$$;
