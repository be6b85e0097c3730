-- Grant- and monitoring-service's fill (docs/performance.md#the-fill): :accepted copies of what the service holds of
-- the template journey's case :case_id — every row that belongs to it (its entitlement, plan and payment; its
-- monitoring plan and contact; audit entries, idempotency keys, published events) and the events of it the service
-- consumed (:events) — so that copy i is what the service would hold of copy i of the case. :given is the file that
-- gives the values the service protects (table -> column -> SQL).
\set ON_ERROR_STOP 1
\i :dir/copy.sql
\i :given
CREATE TEMP TABLE template AS SELECT :'case_id'::uuid AS id, :accepted AS n, ARRAY[:events]::uuid[] AS events;
DO $$
DECLARE
    t record;
BEGIN
    SELECT * INTO t FROM template;
    PERFORM pg_temp.bench_copy_all(t.id, t.events, t.n, '30 seconds', (SELECT value FROM given));
END $$;
ANALYZE;
