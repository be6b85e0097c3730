-- Retention (docs/retention.md). The audit trail stays append-only for everyone: an entry is removed only through
-- audit_entry_expire, only when older than the cut-off the service's retention job passes, and never when younger
-- than five years, whatever the job passes.
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('avrr.audit_expiry', true) = 'on'
            AND OLD.occurred_at < now() - INTERVAL '5 years' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;

CREATE FUNCTION audit_entry_expire(cutoff TIMESTAMPTZ, batch INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    removed INTEGER;
BEGIN
    PERFORM set_config('avrr.audit_expiry', 'on', true);
    DELETE FROM audit_entry WHERE id IN (SELECT id FROM audit_entry
        WHERE occurred_at < LEAST(cutoff, now() - INTERVAL '5 years') ORDER BY id LIMIT batch);
    GET DIAGNOSTICS removed = ROW_COUNT;
    PERFORM set_config('avrr.audit_expiry', 'off', true);
    RETURN removed;
END;
$$;

CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX inbox_event_received ON inbox_event (received_at);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
