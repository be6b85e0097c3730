-- The fill's one tool (docs/performance.md#the-fill): copies of template rows the services wrote through their API,
-- in the same database, n copies per template row. Every UUID value of a copy is mapped the same way in every table
-- and every service (copy i of x is md5(x:i)), a UUID kept as text too, so copies link to each other as the templates do; every timestamp is
-- moved back by i steps, so copies are older than anything written through the API; a column filled by its sequence
-- is left to it. A protected value cannot be copied (it opens only in its own row): each template column that holds
-- one must be given, in clear as a migration marks such values (v0:), or the copy stops.
CREATE FUNCTION pg_temp.bench_id(value uuid, i int) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5(value::text || ':' || i)::uuid $$;

CREATE FUNCTION pg_temp.bench_copy(tbl text, template text, n int, step interval, given jsonb DEFAULT '{}')
    RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    col record;
    sealed boolean;
    names text[] := '{}';
    exprs text[] := '{}';
    copied bigint;
BEGIN
    FOR col IN SELECT column_name AS name, data_type AS type, coalesce(column_default, '') AS fill
               FROM information_schema.columns WHERE table_schema = 'public' AND table_name = tbl
               ORDER BY ordinal_position LOOP
        IF given ? col.name THEN
            names := names || quote_ident(col.name);
            exprs := exprs || (given ->> col.name);
            CONTINUE;
        END IF;
        IF col.fill LIKE 'nextval(%' THEN
            CONTINUE;
        END IF;
        IF col.type IN ('text', 'character varying') THEN
            EXECUTE format('SELECT bool_or(%I LIKE ''v2:%%'') FROM %I t WHERE %s', col.name, tbl, template) INTO sealed;
            IF sealed THEN
                RAISE EXCEPTION 'bench_copy: %.% holds sealed values; give the copies'' value', tbl, col.name;
            END IF;
        END IF;
        names := names || quote_ident(col.name);
        exprs := exprs || CASE
            WHEN col.type = 'uuid' THEN format('pg_temp.bench_id(t.%I, i)', col.name)
            WHEN col.type LIKE 'timestamp%' THEN format('t.%I - i * %L::interval', col.name, step)
            WHEN col.type IN ('text', 'character varying') THEN format(
                'CASE WHEN t.%1$I ~ ''^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'' '
                || 'THEN pg_temp.bench_id(t.%1$I::uuid, i)::text ELSE t.%1$I END', col.name)
            ELSE format('t.%I', col.name) END;
    END LOOP;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I t, generate_series(1, %s) i WHERE %s', tbl,
                   array_to_string(names, ', '), array_to_string(exprs, ', '), tbl, n, template);
    GET DIAGNOSTICS copied = ROW_COUNT;
    RETURN copied;
END $$;
