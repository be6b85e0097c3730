-- Case-service's fill (docs/performance.md#the-fill): :accepted copies of the case registered from the referral
-- :accepted_id (so copy i of the case is registered from copy i of the referral), with its steps, audit entries and
-- the events it consumed and published.
\set ON_ERROR_STOP 1
\i :dir/copy.sql
CREATE TEMP TABLE template AS SELECT id, :accepted AS n FROM avrr_case WHERE referral_id = :'accepted_id';
DO $$
DECLARE
    c uuid := (SELECT id FROM template);
    n int := (SELECT n FROM template);
    applicant jsonb := jsonb_build_object('applicant_given_name', quote_literal('v0:Fyllnad'),
        'applicant_family_name', quote_literal('v0:Fiktivsen'), 'applicant_date_of_birth', quote_literal('v0:1990-01-01'),
        'applicant_nationality', quote_literal('v0:ET'),
        'applicant_details', quote_literal('v0:{"languages":["am"],"identifiers":[]}'),
        'household', quote_literal('v0:[]'), 'consents', quote_literal('v0:[]'));
BEGIN
    PERFORM pg_temp.bench_copy('avrr_case', format('t.id = %L', c), n, '30 seconds', applicant);
    PERFORM pg_temp.bench_copy('case_step', format('t.case_id = %L', c), n, '30 seconds');
    PERFORM pg_temp.bench_copy('audit_entry', format('t.resource_id = %L', c), n, '30 seconds');
    PERFORM pg_temp.bench_copy('outbox_event', format('t.record_key = %L AND t.published_at IS NOT NULL', c), n,
        '30 seconds');
END $$;
ANALYZE;
