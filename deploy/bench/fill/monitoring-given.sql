-- Monitoring-service's protected values for the fill's copies (followers.sql), in clear as the template journey
-- (deploy/bench/src/test/java/dev/avrr/bench/Journey.java) recorded them; :programme is the case's.
CREATE TEMP TABLE given AS SELECT jsonb_build_object(
    'monitored_case', jsonb_build_object('programme', pg_temp.clear(:'programme'), 'category', pg_temp.clear('MINOR'),
        'schedule_id', pg_temp.clear((SELECT id::text FROM monitoring_schedule WHERE programme = :'programme'
                                      ORDER BY version DESC LIMIT 1))),
    'monitoring_contact', jsonb_build_object('wellbeing_notes',
        pg_temp.clear('Back with his mother; starts school next week (fictional)'))) AS value;
