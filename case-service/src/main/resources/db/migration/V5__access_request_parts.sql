-- One access request, every service: each other service that holds the case's people answers the request with its
-- part by event; the parts are kept here (protected at rest) until the request is released into one package.
ALTER TABLE data_protection_request ADD COLUMN referral_id UUID;

CREATE TABLE access_request_part (
    request_id    UUID          NOT NULL REFERENCES data_protection_request (id),
    service       VARCHAR(40)   NOT NULL,
    event_id      UUID          NOT NULL,
    assembled_at  TIMESTAMPTZ   NOT NULL,
    received_at   TIMESTAMPTZ   NOT NULL,
    content       TEXT          NOT NULL,
    PRIMARY KEY (request_id, service)
);
