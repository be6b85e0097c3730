-- The fill's one tool (docs/performance.md#the-fill): copies of template rows the services wrote through their API,
-- in the same database, n copies per template row. Every UUID value of a copy is mapped the same way in every table
-- and every service (copy i of x is md5(x:i)), a UUID kept as text (or ending one) too, so copies link to each other as the templates do; every timestamp is
-- moved back by i steps, so copies are older than anything written through the API; a column filled by its sequence
-- is left to it. A protected value cannot be copied (it opens only in its own row): each template column that holds
-- one must be given, in clear as a migration marks such values (v0:), or the copy stops; a given value replaces
-- the template's where it has one (pg_temp.clear writes it).
CREATE FUNCTION pg_temp.bench_id(value uuid, i int) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5(value::text || ':' || i)::uuid $$;

-- A text ending in a UUID (an id kept as text, an idempotency key "bench-<uuid>"): that UUID mapped as bench_id.
CREATE FUNCTION pg_temp.bench_text(value text, i int) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value ~ '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        THEN left(value, -36) || pg_temp.bench_id(right(value, 36)::uuid, i)::text ELSE value END $$;

CREATE FUNCTION pg_temp.bench_copy(tbl text, template text, n int, step interval, given jsonb DEFAULT '{}')
    RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    col record;
    sealed boolean;
    unsealable text[] := '{}';
    names text[] := '{}';
    exprs text[] := '{}';
    copied bigint;
BEGIN
    FOR col IN SELECT column_name AS name, data_type AS type, coalesce(column_default, '') AS fill
               FROM information_schema.columns WHERE table_schema = 'public' AND table_name = tbl
               ORDER BY ordinal_position LOOP
        IF given ? col.name THEN
            names := names || quote_ident(col.name);
            exprs := exprs || format('CASE WHEN t.%I IS NULL THEN NULL ELSE %s END', col.name, given ->> col.name);
            CONTINUE;
        END IF;
        IF col.fill LIKE 'nextval(%' THEN
            CONTINUE;
        END IF;
        IF col.type IN ('text', 'character varying') THEN
            EXECUTE format('SELECT bool_or(%I LIKE ''v2:%%'') FROM %I t WHERE %s', col.name, tbl, template) INTO sealed;
            IF sealed THEN
                unsealable := unsealable || col.name::text;
            END IF;
        END IF;
        names := names || quote_ident(col.name);
        exprs := exprs || CASE
            WHEN col.type = 'uuid' THEN format('pg_temp.bench_id(t.%I, i)', col.name)
            WHEN col.type LIKE 'timestamp%' THEN format('t.%I - i * %L::interval', col.name, step)
            WHEN col.type IN ('text', 'character varying') THEN format('pg_temp.bench_text(t.%I, i)', col.name)
            ELSE format('t.%I', col.name) END;
    END LOOP;
    IF cardinality(unsealable) > 0 THEN
        RAISE EXCEPTION 'bench_copy: %.% hold sealed values; give the copies'' values', tbl, unsealable;
    END IF;
    EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM %I t, generate_series(1, %s) i WHERE %s', tbl,
                   array_to_string(names, ', '), array_to_string(exprs, ', '), tbl, n, template);
    GET DIAGNOSTICS copied = ROW_COUNT;
    RETURN copied;
END $$;

-- A given value: the clear form (v0:) of a value, as SQL, TODAY in it replaced by the current date.
CREATE FUNCTION pg_temp.clear(value text) RETURNS text
    LANGUAGE sql STABLE AS $$ SELECT quote_literal('v0:' || replace(value, 'TODAY', current_date::text)) $$;

-- Copies a template and every row that belongs to it: the rows with a UUID column holding the template's id, an id
-- of a row already found, or one of :events (the events of the template, by the ids their producers gave them); the
-- outbox's published events recorded under such an id (record_key). A table is copied after the tables its foreign
-- keys refer to; tables that refer to each other, together. given: table -> column -> SQL of the copies' value (see bench_copy).
CREATE FUNCTION pg_temp.bench_copy_all(root uuid, events uuid[], n int, step interval, given jsonb DEFAULT '{}')
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    ids uuid[] := ARRAY[root] || events;
    found uuid[];
    grown boolean := true;
    tbl text;
    cond text;
    conds jsonb;
    pending text[];
    ready boolean;
BEGIN
    WHILE grown LOOP
        grown := false;
        conds := '{}';
        FOR tbl, cond IN SELECT c.table_name, string_agg(format('t.%I = ANY(%L::uuid[])', c.column_name, ids), ' OR ')
                         FROM information_schema.columns c JOIN information_schema.tables b USING (table_schema, table_name)
                         WHERE c.table_schema = 'public' AND b.table_type = 'BASE TABLE' AND c.data_type = 'uuid'
                         GROUP BY 1 LOOP
            EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I t WHERE %s)', tbl, cond) INTO ready;
            CONTINUE WHEN NOT ready;
            conds := conds || jsonb_build_object(tbl, cond);
            IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = tbl
                       AND column_name = 'id' AND data_type = 'uuid') THEN
                EXECUTE format('SELECT array_agg(t.id) FROM %I t WHERE (%s) AND NOT t.id = ANY(%L::uuid[])', tbl, cond,
                               ids) INTO found;
                IF found IS NOT NULL THEN
                    ids := ids || found;
                    grown := true;
                END IF;
            END IF;
        END LOOP;
    END LOOP;
    IF to_regclass('outbox_event') IS NOT NULL THEN
        conds := conds || jsonb_build_object('outbox_event', format(
            '(%s) OR (t.record_key = ANY(%L::text[]) AND t.published_at IS NOT NULL)',
            coalesce(conds ->> 'outbox_event', 'false'), ids::text[]));
    END IF;
    pending := ARRAY(SELECT jsonb_object_keys(conds));
    WHILE cardinality(pending) > 0 LOOP
        ready := false;
        FOREACH tbl IN ARRAY pending LOOP
            CONTINUE WHEN EXISTS (SELECT 1 FROM pg_constraint k WHERE k.contype = 'f'
                                  AND k.conrelid = tbl::regclass AND k.confrelid <> k.conrelid
                                  AND k.confrelid::regclass::text = ANY(pending));
            PERFORM pg_temp.bench_copy(tbl, conds ->> tbl, n, step, coalesce(given -> tbl, '{}'));
            pending := array_remove(pending, tbl);
            ready := true;
        END LOOP;
        IF NOT ready THEN
            -- Tables that refer to each other (a monitoring item fulfilled by a contact made for it): their copies
            -- refer to each other as the templates do, so they are copied with the foreign keys' checks off.
            PERFORM set_config('session_replication_role', 'replica', true);
            FOREACH tbl IN ARRAY pending LOOP
                PERFORM pg_temp.bench_copy(tbl, conds ->> tbl, n, step, coalesce(given -> tbl, '{}'));
            END LOOP;
            PERFORM set_config('session_replication_role', 'origin', true);
            pending := '{}';
        END IF;
    END LOOP;
END $$;
