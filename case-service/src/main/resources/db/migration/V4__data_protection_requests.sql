-- The data subject's requests, four-eyes: one data-protection officer records the request (whose case, how the
-- person's identity was verified, the request's reference), another releases the result, which is kept as it was
-- released (protected at rest) for the person to be handed.
CREATE TABLE data_protection_request (
    id                    UUID          PRIMARY KEY,
    case_id               UUID          NOT NULL REFERENCES avrr_case (id),
    kind                  VARCHAR(20)   NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    request_reference     VARCHAR(100)  NOT NULL,
    identity_verified_by  TEXT          NOT NULL,
    recorded_by           VARCHAR(100)  NOT NULL,
    recorded_at           TIMESTAMPTZ   NOT NULL,
    released_by           VARCHAR(100),
    released_at           TIMESTAMPTZ,
    package               TEXT,
    version               BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX data_protection_request_case ON data_protection_request (case_id, recorded_at);
