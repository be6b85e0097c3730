-- Grant-service's protected values for the fill's copies (followers.sql), in clear as the template journey
-- (deploy/bench/src/test/java/dev/avrr/bench/Journey.java) recorded them; :programme is the case's.
CREATE TEMP TABLE given AS SELECT jsonb_build_object(
    'grant_case', jsonb_build_object('programme', pg_temp.clear(:'programme')),
    'entitlement', jsonb_build_object('programme', pg_temp.clear(:'programme')),
    'reintegration_plan', jsonb_build_object('notes', pg_temp.clear('Lives with his mother; back to school (fictional)')),
    'plan_line', jsonb_build_object(
        'description', format('CASE t.activity WHEN ''FOOD'' THEN %s ELSE %s END',
            pg_temp.clear('Food for the first two months'), pg_temp.clear('A year of school')),
        'provider', format('CASE t.activity WHEN ''FOOD'' THEN %s ELSE %s END',
            pg_temp.clear('{"name":"Fiktiv Matbutikk","reference":"ACC-E2E-FOOD"}'),
            pg_temp.clear('{"name":"Fiktiv Skole","reference":"ACC-E2E-SCHOOL"}'))),
    'disbursement', jsonb_build_object('payee_name', pg_temp.clear('Fiktiv Matbutikk'),
        'payee_account', pg_temp.clear('ACC-E2E-FOOD'), 'payment_reference', pg_temp.clear('BANK-E2E-0016'))) AS value;
