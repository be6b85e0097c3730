-- Cases known to grant-service, from case-service's events; allocations (a later issue) hang off them.
CREATE TABLE grant_case (
    case_id            UUID        PRIMARY KEY,
    office             VARCHAR(20) NOT NULL,
    country_of_return  VARCHAR(2)  NOT NULL,
    registered_at      TIMESTAMPTZ NOT NULL,
    known_since        TIMESTAMPTZ NOT NULL
);
