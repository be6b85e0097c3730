-- Grant- and monitoring-service's fill (docs/performance.md#the-fill): :accepted copies of what the service holds of
-- the template case :case_id — every row of every table with a case_id column — and of the events of that case it
-- consumed (:events, the ids case-service published them with), so that copy i is what the service would hold of
-- copy i of the case. :given names, per table, the values of the columns the service protects (table → column → SQL).
\set ON_ERROR_STOP 1
\i :dir/copy.sql
CREATE TEMP TABLE template AS SELECT :'case_id'::uuid AS id, :accepted AS n, :'events'::text AS events,
    :'given'::jsonb AS given;
DO $$
DECLARE
    c uuid := (SELECT id FROM template);
    n int := (SELECT n FROM template);
    events text := (SELECT events FROM template);
    given jsonb := (SELECT given FROM template);
    t record;
BEGIN
    FOR t IN SELECT col.table_name AS name FROM information_schema.columns col
             JOIN information_schema.tables tab USING (table_schema, table_name)
             WHERE col.table_schema = 'public' AND col.column_name = 'case_id' AND tab.table_type = 'BASE TABLE'
             -- a table whose rows others refer to first
             ORDER BY (SELECT count(*) FROM information_schema.table_constraints fk WHERE fk.table_schema = 'public'
                       AND fk.table_name = col.table_name AND fk.constraint_type = 'FOREIGN KEY'), 1 LOOP
        PERFORM pg_temp.bench_copy(t.name, format('t.case_id = %L', c), n, '30 seconds',
            coalesce(given -> t.name, '{}'));
    END LOOP;
    PERFORM pg_temp.bench_copy('inbox_event', format('t.event_id IN (%s)', events), n, '30 seconds');
END $$;
ANALYZE;
