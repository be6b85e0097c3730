-- The person's erasure (docs/data-protection.md#erasure): when the case's people were erased, and each other
-- service's answers to each step — what stands in the way (CHECKED), and that it erased its part (ERASED).
ALTER TABLE avrr_case ADD COLUMN erased_at TIMESTAMPTZ;

CREATE TABLE erasure_answer (
    request_id   UUID          NOT NULL REFERENCES data_protection_request (id),
    service      VARCHAR(40)   NOT NULL,
    stage        VARCHAR(10)   NOT NULL CHECK (stage IN ('CHECKED', 'ERASED')),
    blockers     VARCHAR(300)  NOT NULL,
    erased       INTEGER       NOT NULL,
    event_id     UUID          NOT NULL,
    answered_at  TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (request_id, service, stage)
);
