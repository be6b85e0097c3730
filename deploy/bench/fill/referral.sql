-- Referral-service's fill (docs/performance.md#the-fill): :waiting copies of the partner's referral :waiting_id
-- (submitted, waiting for IOM) and :accepted copies of the template journey's referral :accepted_id (accepted, its
-- case returned and followed up), each with every row that belongs to it (consents, steps, case link, audit entries,
-- idempotency keys, published events, the events consumed of it: :events).
\set ON_ERROR_STOP 1
\i :dir/copy.sql
CREATE TEMP TABLE template AS SELECT :'waiting_id'::uuid AS waiting, :waiting AS waiting_n,
    :'accepted_id'::uuid AS accepted, :accepted AS accepted_n, ARRAY[:events]::uuid[] AS events;
DO $$
DECLARE
    t record;
BEGIN
    SELECT * INTO t FROM template;
    PERFORM pg_temp.bench_copy_all(t.waiting, '{}', t.waiting_n, '30 seconds', jsonb_build_object('referral',
        jsonb_build_object('given_name', pg_temp.clear('Fyllnad'), 'family_name', pg_temp.clear('Fiktivsen'),
            'date_of_birth', pg_temp.clear('1990-01-01'), 'nationality', pg_temp.clear('ET'),
            'person_details', pg_temp.clear('{"languages":["am"],"identifiers":[],"household":[]}'))));
    -- As the template journey's minor (deploy/bench/src/test/java/dev/avrr/bench/Journey.java): sixteen, alone.
    PERFORM pg_temp.bench_copy_all(t.accepted, t.events, t.accepted_n, '30 seconds', jsonb_build_object('referral',
        jsonb_build_object('given_name', pg_temp.clear('Testo'), 'family_name', pg_temp.clear('Fiktivsen'),
            'date_of_birth', pg_temp.clear((current_date - interval '16 years 40 days')::date::text),
            'nationality', pg_temp.clear('ET'),
            'person_details', pg_temp.clear('{"languages":["am"],"contact":{"phone":"+47 900 00 016"},'
                || '"identifiers":[],"household":[]}'),
            'vulnerability', pg_temp.clear('{"categories":["UNACCOMPANIED_MINOR"],'
                || '"referralReason":"Unaccompanied minor who wants to return to his family (fictional)"}'))));
END $$;
ANALYZE;
