-- Returnees known to monitoring-service, from case-service's events; monitoring plans (a later issue) hang off them.
CREATE TABLE monitored_case (
    case_id            UUID        PRIMARY KEY,
    office             VARCHAR(20) NOT NULL,
    country_of_return  VARCHAR(2)  NOT NULL,
    status             VARCHAR(30) NOT NULL,
    registered_at      TIMESTAMPTZ NOT NULL,
    known_since        TIMESTAMPTZ NOT NULL
);
CREATE INDEX monitored_case_country ON monitored_case (country_of_return);
