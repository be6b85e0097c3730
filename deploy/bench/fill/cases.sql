-- Case-service's fill (docs/performance.md#the-fill): :accepted copies of the template journey's case :case_id (so
-- copy i of the case is registered from copy i of the referral), with every row that belongs to it (steps, audit
-- entries, idempotency keys, published events, the events consumed of it: :events). The protected values are given
-- in clear as the template journey (deploy/bench/src/test/java/dev/avrr/bench/Journey.java) recorded them.
\set ON_ERROR_STOP 1
\i :dir/copy.sql
CREATE TEMP TABLE template AS SELECT :'case_id'::uuid AS id, :accepted AS n, ARRAY[:events]::uuid[] AS events;
DO $$
DECLARE
    t record;
    recorded text := '"recordedBy":"local-caseworker","recordedByOrg":"iom-oslo","recordedAt":"TODAYT09:00:00Z"';
BEGIN
    SELECT * INTO t FROM template;
    PERFORM pg_temp.bench_copy_all(t.id, t.events, t.n, '30 seconds', jsonb_build_object(
        'case_step', jsonb_build_object('note', pg_temp.clear('A step''s note (fictional)')),
        'avrr_case', jsonb_build_object(
            'applicant_given_name', pg_temp.clear('Testo'), 'applicant_family_name', pg_temp.clear('Fiktivsen'),
            'applicant_date_of_birth', pg_temp.clear((current_date - interval '16 years 40 days')::date::text),
            'applicant_nationality', pg_temp.clear('ET'),
            'applicant_details', pg_temp.clear('{"sex":"MALE","languages":["am"],"interpreterNeeded":true,'
                || '"contact":{"phone":"+47 900 00 016"},"identifiers":[]}'),
            'household', pg_temp.clear('[]'),
            'vulnerability', pg_temp.clear('{"categories":["UNACCOMPANIED_MINOR"],'
                || '"reason":"Unaccompanied minor who wants to return to his family (fictional)"}'),
            'consents', pg_temp.clear('[{"id":"00000000-0000-4000-8000-000000000001","purpose":"SHARE_FOR_RETURN",'
                || '"recipient":"iom-mission-and-travel-providers","givenOn":"TODAY","language":"am",'
                || '"interpreterUsed":true,"source":"CASEWORKER",' || recorded || '},'
                || '{"id":"00000000-0000-4000-8000-000000000002","purpose":"SHARE_WITH_UDI","recipient":"udi",'
                || '"givenOn":"TODAY","language":"am","interpreterUsed":true,"source":"CASEWORKER",' || recorded
                || '}]'),
            'eligibility', pg_temp.clear('[{"id":"00000000-0000-4000-8000-000000000003",' || recorded
                || ',"value":{"input":{"assessedOn":"TODAY","arrival":{"withoutParentOrLegalGuardian":true,'
                || '"arrivedOn":"' || (current_date - interval '1 year')::date || '"},'
                || '"note":"Assessed with an Amharic interpreter (fictional)"},"ageOnAssessment":16,'
                || '"ageEstimated":false,"results":['
                || '{"rule":"UNACCOMPANIED_MINOR","met":true,"reason":"under 18 and alone (fictional)"},'
                || '{"rule":"AGED_OUT_MINOR","met":false,"reason":"under 18"},'
                || '{"rule":"VICTIM_OF_TRAFFICKING","met":false,"reason":"not identified"},'
                || '{"rule":"MEDICAL_NEEDS","met":false,"reason":"none recorded"},'
                || '{"rule":"OTHER_VULNERABLE","met":false,"reason":"no subtype found"}]}}]'),
            'udi_decisions', pg_temp.clear('[{"id":"00000000-0000-4000-8000-000000000004",' || recorded
                || ',"value":{"stage":"UDI","outcome":"APPROVED","decidedOn":"TODAY",'
                || '"legalBasis":"Utlendingsforskriften (fictional basis)"}}]'),
            'needs_inventory', pg_temp.clear('{"id":"00000000-0000-4000-8000-000000000005",' || recorded
                || ',"value":{"needs":[{"category":"EDUCATION_OR_LIVELIHOOD","description":"Back to school"},'
                || '{"category":"SUBSISTENCE","description":"Food and clothes for the first months"}],'
                || '"supportAvailableInHomeCountry":true,"confirmedWith":"IOM mission in Ethiopia (fictional)",'
                || '"assessedOn":"TODAY"}}'),
            'family_tracing', pg_temp.clear('{"id":"00000000-0000-4000-8000-000000000006",' || recorded
                || ',"value":{"outcome":"FAMILY_FOUND","receiver":{"name":"Testina Fiktivsen",'
                || '"relationToChild":"mother"},"bestInterests":{"returnInChildsBestInterest":true,'
                || '"decidedOn":"TODAY","decidedBy":"Barnevernet (fictional)"},"completedOn":"TODAY"}}'),
            'travel_arrangements', pg_temp.clear('{"id":"00000000-0000-4000-8000-000000000007",' || recorded
                || ',"value":{"travelDocument":{"status":"OBTAINED","type":"EMERGENCY_TRAVEL_DOCUMENT"},'
                || '"escort":{"arranged":true,"kind":"IOM_STAFF"},"transitAssistance":true,'
                || '"arrivalAssistance":true,"medicalEscort":{"needed":false,"arranged":false}}}'),
            'travel_booking', pg_temp.clear('{"id":"00000000-0000-4000-8000-000000000008",' || recorded
                || ',"value":{"departureDate":"TODAY","from":"OSL","to":"ADD","transitPoints":["IST"],'
                || '"ticketReference":"TEST-FILL-0016"}}'))));
END $$;
ANALYZE;
