-- Return counselling in reception centres (seed 004).
CREATE TABLE resident (
    id             UUID         PRIMARY KEY,
    centre_org     VARCHAR(100) NOT NULL,
    given_name     VARCHAR(100) NOT NULL,
    family_name    VARCHAR(100) NOT NULL,
    date_of_birth  DATE         NOT NULL,
    sex            VARCHAR(10)  NOT NULL,
    nationality    VARCHAR(2),
    registered_at  TIMESTAMPTZ  NOT NULL,
    registered_by  VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL
);
CREATE INDEX resident_centre ON resident (centre_org, family_name);

CREATE TABLE conversation_trigger (
    id           UUID         PRIMARY KEY,
    resident_id  UUID         NOT NULL REFERENCES resident (id),
    kind         VARCHAR(40)  NOT NULL,
    decided_on   DATE         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL
);
CREATE INDEX conversation_trigger_resident ON conversation_trigger (resident_id);

CREATE TABLE return_conversation (
    id                    UUID         PRIMARY KEY,
    resident_id           UUID         NOT NULL REFERENCES resident (id),
    held_on               DATE         NOT NULL,
    form                  VARCHAR(10)  NOT NULL,
    trigger_id            UUID         UNIQUE REFERENCES conversation_trigger (id),
    interpreter_used      BOOLEAN      NOT NULL,
    interpreter_language  VARCHAR(3),
    outcome               VARCHAR(40)  NOT NULL,
    notes                 TEXT,
    recorded_at           TIMESTAMPTZ  NOT NULL,
    recorded_by           VARCHAR(200) NOT NULL
);
CREATE INDEX return_conversation_resident ON return_conversation (resident_id, held_on);
CREATE INDEX return_conversation_held ON return_conversation (held_on);

CREATE TABLE resident_outcome (
    id           UUID         PRIMARY KEY,
    resident_id  UUID         NOT NULL REFERENCES resident (id),
    kind         VARCHAR(30)  NOT NULL,
    occurred_on  DATE         NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL
);
CREATE INDEX resident_outcome_resident ON resident_outcome (resident_id);
