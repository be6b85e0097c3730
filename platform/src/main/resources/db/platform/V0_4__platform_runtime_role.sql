-- The service runs as its runtime role; migrations run as the database's owner (quarkus.flyway.username, the
-- migration role), so the running service changes no table's shape (docs/deployment.md, the database roles). The
-- runtime role reads and writes the service's tables, but only reads and adds to the audit trail: it can neither
-- change nor remove an entry, nor disable the trigger that guards them (only the owner can), nor touch Flyway's
-- history. Expired audit entries are removed by audit_entry_expire, which runs as the owner and keeps the last five
-- years whatever it is asked. A database where one role does both (a developer's) has nothing to separate.
DO $$
DECLARE
    runtime TEXT := '${runtimeRole}';
BEGIN
    IF runtime = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = runtime) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
        runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', runtime);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', runtime);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', runtime);
END;
$$;

ALTER FUNCTION audit_entry_expire(TIMESTAMPTZ, INTEGER) SECURITY DEFINER SET search_path = public;
