-- Referral-service's fill (docs/performance.md#the-fill): :waiting copies of the referral :waiting_id (submitted,
-- waiting for IOM) and :accepted copies of :accepted_id (accepted, its case in case-service), each with its
-- consents, steps, case link, audit entries, idempotency key and published events.
\set ON_ERROR_STOP 1
\i :dir/copy.sql
CREATE TEMP TABLE template (id uuid, n int);
INSERT INTO template VALUES (:'waiting_id', :waiting), (:'accepted_id', :accepted);
DO $$
DECLARE
    t record;
    person jsonb := jsonb_build_object('given_name', quote_literal('v0:Fyllnad'),
        'family_name', quote_literal('v0:Fiktivsen'), 'date_of_birth', quote_literal('v0:1990-01-01'),
        'nationality', quote_literal('v0:ET'), 'person_details',
        quote_literal('v0:{"languages":["am"],"identifiers":[],"household":[]}'));
BEGIN
    FOR t IN SELECT * FROM template LOOP
        PERFORM pg_temp.bench_copy('referral', format('t.id = %L', t.id), t.n, '30 seconds', person);
        PERFORM pg_temp.bench_copy('referral_consent', format('t.referral_id = %L', t.id), t.n, '30 seconds');
        PERFORM pg_temp.bench_copy('referral_step', format('t.referral_id = %L', t.id), t.n, '30 seconds');
        PERFORM pg_temp.bench_copy('case_link', format('t.referral_id = %L', t.id), t.n, '30 seconds');
        PERFORM pg_temp.bench_copy('audit_entry', format('t.resource_id = %L', t.id), t.n, '30 seconds');
        PERFORM pg_temp.bench_copy('idempotency_key', format('t.resource_id = %L', t.id), t.n, '30 seconds');
        PERFORM pg_temp.bench_copy('outbox_event', format('t.record_key = %L AND t.published_at IS NOT NULL', t.id),
            t.n, '30 seconds');
    END LOOP;
END $$;
ANALYZE;
