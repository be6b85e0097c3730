-- Post-return monitoring (issue 6): the plan made on return-completed, contacts, protection alerts,
-- sustainability surveys, the returnee's feedback and consent. Free text, wellbeing notes, alert kinds and
-- survey answers are stored encrypted by the service (ProtectedString / ProtectedJson): TEXT columns.

-- The returnee as ReturnCompleted describes them: ids, codes, the arrival date and a household category.
ALTER TABLE monitored_case ALTER COLUMN office TYPE VARCHAR(100);
ALTER TABLE monitored_case ALTER COLUMN registered_at DROP NOT NULL;
ALTER TABLE monitored_case ADD COLUMN referral_id UUID;
ALTER TABLE monitored_case ADD COLUMN jurisdiction VARCHAR(2);
ALTER TABLE monitored_case ADD COLUMN programme VARCHAR(30);
ALTER TABLE monitored_case ADD COLUMN arrival_date DATE;
ALTER TABLE monitored_case ADD COLUMN category VARCHAR(20);
ALTER TABLE monitored_case ADD COLUMN household_size INTEGER;
ALTER TABLE monitored_case ADD COLUMN schedule_id BIGINT;
ALTER TABLE monitored_case ADD COLUMN started_at TIMESTAMPTZ;
ALTER TABLE monitored_case ADD COLUMN ended_at TIMESTAMPTZ;
ALTER TABLE monitored_case ADD COLUMN last_contact_on DATE;
ALTER TABLE monitored_case ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
CREATE INDEX monitored_case_office ON monitored_case (office);
CREATE INDEX monitored_case_arrival ON monitored_case (arrival_date);

-- Follow-up schedules per programme, versioned: a plan keeps the schedule it was made from. 'DEFAULT' serves
-- every programme without a schedule of its own. due_after is an ISO-8601 period after the arrival date.
CREATE TABLE monitoring_schedule (
    id          BIGINT       PRIMARY KEY,
    programme   VARCHAR(30)  NOT NULL,
    version     INTEGER      NOT NULL,
    valid_from  DATE         NOT NULL,
    source      VARCHAR(300) NOT NULL,
    UNIQUE (programme, version)
);
CREATE TABLE monitoring_schedule_item (
    schedule_id  BIGINT       NOT NULL REFERENCES monitoring_schedule (id),
    position     INTEGER      NOT NULL,
    label        VARCHAR(100) NOT NULL,
    due_after    VARCHAR(20)  NOT NULL,
    PRIMARY KEY (schedule_id, position)
);
ALTER TABLE monitored_case ADD CONSTRAINT monitored_case_schedule FOREIGN KEY (schedule_id)
    REFERENCES monitoring_schedule (id);

-- Seed 002 (Uppföljning): the local IOM office meets the returnee (Återintegrationsstöd) and keeps contact for
-- the first three months after return.
INSERT INTO monitoring_schedule VALUES (1, 'SWEDISH_AVRR', 1, DATE '2000-01-01',
    'seed 002: Återintegrationsstöd on arrival; Uppföljning through the first three months');
INSERT INTO monitoring_schedule_item VALUES
    (1, 1, 'Återintegrationsstöd: meeting on arrival', 'P0D'),
    (1, 2, 'Uppföljning: month 1', 'P1M'),
    (1, 3, 'Uppföljning: month 2', 'P2M'),
    (1, 4, 'Uppföljning: month 3', 'P3M');

-- Seed 000 (Monitorering under og etter reintegreringsperioden): monthly during a reintegration period of six
-- months, then twice after it.
INSERT INTO monitoring_schedule VALUES (2, 'VULNERABLE_GROUPS', 1, DATE '2000-01-01',
    'seed 000: monitoring during (monthly, six months) and after (months 9 and 12) the reintegration period');
INSERT INTO monitoring_schedule_item VALUES
    (2, 1, 'Arrival contact', 'P7D'),
    (2, 2, 'During reintegration: month 1', 'P1M'),
    (2, 3, 'During reintegration: month 2', 'P2M'),
    (2, 4, 'During reintegration: month 3', 'P3M'),
    (2, 5, 'During reintegration: month 4', 'P4M'),
    (2, 6, 'During reintegration: month 5', 'P5M'),
    (2, 7, 'During reintegration: month 6', 'P6M'),
    (2, 8, 'After reintegration: month 9', 'P9M'),
    (2, 9, 'After reintegration: month 12', 'P12M');

-- Every other programme: an arrival contact within 7 days, monthly for three months, then at 6 and 12 months.
INSERT INTO monitoring_schedule VALUES (3, 'DEFAULT', 1, DATE '2000-01-01',
    'default: arrival contact within 7 days, monthly for three months, then at 6 and 12 months');
INSERT INTO monitoring_schedule_item VALUES
    (3, 1, 'Arrival contact', 'P7D'),
    (3, 2, 'Follow-up: month 1', 'P1M'),
    (3, 3, 'Follow-up: month 2', 'P2M'),
    (3, 4, 'Follow-up: month 3', 'P3M'),
    (3, 5, 'Follow-up: month 6', 'P6M'),
    (3, 6, 'Follow-up: month 12', 'P12M');

-- The items of a returnee's plan. An item opens when the one before it falls due (the first on arrival).
CREATE TABLE monitoring_item (
    id              UUID         PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES monitored_case (case_id),
    position        INTEGER      NOT NULL,
    label           VARCHAR(100) NOT NULL,
    opens_on        DATE         NOT NULL,
    due_date        DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    overdue_since   DATE,
    fulfilled_by    UUID,
    closed_at       TIMESTAMPTZ,
    closed_by_org   VARCHAR(100),
    UNIQUE (case_id, position)
);
CREATE INDEX monitoring_item_open ON monitoring_item (status, due_date);

-- Contacts with the returnee. wellbeing_notes is special-category free text, protected at rest.
CREATE TABLE monitoring_contact (
    id               UUID         PRIMARY KEY,
    case_id          UUID         NOT NULL REFERENCES monitored_case (case_id),
    contacted_on     DATE         NOT NULL,
    mode             VARCHAR(20)  NOT NULL,
    reached          BOOLEAN      NOT NULL,
    plan_progress    VARCHAR(30),
    grant_use        VARCHAR(30),
    wellbeing_notes  TEXT,
    made_by          VARCHAR(200) NOT NULL,
    made_by_org      VARCHAR(100),
    recorded_at      TIMESTAMPTZ  NOT NULL,
    item_id          UUID         REFERENCES monitoring_item (id)
);
CREATE INDEX monitoring_contact_case ON monitoring_contact (case_id, contacted_on);
ALTER TABLE monitoring_item ADD CONSTRAINT monitoring_item_contact FOREIGN KEY (fulfilled_by)
    REFERENCES monitoring_contact (id);

-- Protection alerts raised by a contact. The kind (trafficking, violence, health, a child) and any details
-- are protected at rest; only the status is plain, for the open-alerts list.
CREATE TABLE protection_alert (
    id             UUID         PRIMARY KEY,
    case_id        UUID         NOT NULL REFERENCES monitored_case (case_id),
    contact_id     UUID         NOT NULL REFERENCES monitoring_contact (id),
    kind           TEXT         NOT NULL,
    details        TEXT,
    status         VARCHAR(20)  NOT NULL,
    raised_at      TIMESTAMPTZ  NOT NULL,
    raised_by      VARCHAR(200) NOT NULL,
    raised_by_org  VARCHAR(100),
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX protection_alert_case ON protection_alert (case_id);
CREATE INDEX protection_alert_status ON protection_alert (status, raised_at);
CREATE TABLE protection_alert_step (
    id           BIGSERIAL    PRIMARY KEY,
    alert_id     UUID         NOT NULL REFERENCES protection_alert (id),
    step         VARCHAR(20)  NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor        VARCHAR(200) NOT NULL,
    actor_org    VARCHAR(100),
    note         TEXT
);
CREATE INDEX protection_alert_step_alert ON protection_alert_step (alert_id, id);

-- The Reintegration Sustainability Survey: indicators in three dimensions, and weights as versioned data,
-- so that a score can always be recomputed as it was.
CREATE TABLE sustainability_indicator (
    code       VARCHAR(40)  PRIMARY KEY,
    dimension  VARCHAR(20)  NOT NULL,
    position   INTEGER      NOT NULL,
    question   VARCHAR(300) NOT NULL,
    scale_min  INTEGER      NOT NULL,
    scale_max  INTEGER      NOT NULL,
    CHECK (scale_max > scale_min)
);
CREATE TABLE sustainability_weights (
    version       INTEGER      PRIMARY KEY,
    valid_from    DATE         NOT NULL,
    note          VARCHAR(300) NOT NULL,
    published_at  TIMESTAMPTZ  NOT NULL,
    published_by  VARCHAR(200) NOT NULL
);
CREATE SEQUENCE sustainability_weights_version START WITH 2;
CREATE TABLE sustainability_dimension_weight (
    version    INTEGER       NOT NULL REFERENCES sustainability_weights (version),
    dimension  VARCHAR(20)   NOT NULL,
    weight     NUMERIC(7, 3) NOT NULL CHECK (weight > 0),
    PRIMARY KEY (version, dimension)
);
CREATE TABLE sustainability_indicator_weight (
    version    INTEGER       NOT NULL REFERENCES sustainability_weights (version),
    indicator  VARCHAR(40)   NOT NULL REFERENCES sustainability_indicator (code),
    weight     NUMERIC(7, 3) NOT NULL CHECK (weight > 0),
    PRIMARY KEY (version, indicator)
);

INSERT INTO sustainability_indicator VALUES
    ('ECO_INCOME',        'ECONOMIC',     1, 'Income or livelihood covers basic needs', 1, 5),
    ('ECO_WORK',          'ECONOMIC',     2, 'Satisfied with current work, business or training', 1, 5),
    ('ECO_DEBT',          'ECONOMIC',     3, 'Manages without borrowing for basic needs', 1, 5),
    ('ECO_FOOD',          'ECONOMIC',     4, 'Enough food for the household', 1, 5),
    ('ECO_SAVINGS',       'ECONOMIC',     5, 'Access to savings, credit or productive assets', 1, 5),
    ('SOC_HOUSING',       'SOCIAL',       1, 'Adequate housing', 1, 5),
    ('SOC_HEALTH_CARE',   'SOCIAL',       2, 'Access to health care when needed', 1, 5),
    ('SOC_EDUCATION',     'SOCIAL',       3, 'Access to education or training (self or children)', 1, 5),
    ('SOC_DOCUMENTS',     'SOCIAL',       4, 'Has the identity documents needed', 1, 5),
    ('SOC_SERVICES',      'SOCIAL',       5, 'Access to water, sanitation and public services', 1, 5),
    ('PSY_NETWORK',       'PSYCHOSOCIAL', 1, 'Can rely on family or friends for support', 1, 5),
    ('PSY_PARTICIPATION', 'PSYCHOSOCIAL', 2, 'Takes part in community life', 1, 5),
    ('PSY_BELONGING',     'PSYCHOSOCIAL', 3, 'Feels accepted, without discrimination', 1, 5),
    ('PSY_SAFETY',        'PSYCHOSOCIAL', 4, 'Feels physically safe', 1, 5),
    ('PSY_WELLBEING',     'PSYCHOSOCIAL', 5, 'Free of persistent distress', 1, 5);

-- Version 1: every indicator and every dimension weighs the same (the scoring scheme is configuration).
INSERT INTO sustainability_weights VALUES (1, DATE '2000-01-01',
    'Equal weights: each indicator within its dimension, each dimension in the composite', now(), 'flyway');
INSERT INTO sustainability_dimension_weight VALUES (1, 'ECONOMIC', 1), (1, 'SOCIAL', 1), (1, 'PSYCHOSOCIAL', 1);
INSERT INTO sustainability_indicator_weight SELECT 1, code, 1 FROM sustainability_indicator;

-- A survey: its answers protected at rest; the scores as computed with the weights version it names.
CREATE TABLE sustainability_survey (
    id               UUID          PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES monitored_case (case_id),
    kind             VARCHAR(20)   NOT NULL,
    taken_on         DATE          NOT NULL,
    weights_version  INTEGER       NOT NULL REFERENCES sustainability_weights (version),
    answers          TEXT          NOT NULL,
    economic         NUMERIC(4, 3) NOT NULL,
    social           NUMERIC(4, 3) NOT NULL,
    psychosocial     NUMERIC(4, 3) NOT NULL,
    composite        NUMERIC(4, 3) NOT NULL,
    recorded_by      VARCHAR(200)  NOT NULL,
    recorded_by_org  VARCHAR(100),
    recorded_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX sustainability_survey_case ON sustainability_survey (case_id, taken_on);
CREATE UNIQUE INDEX sustainability_survey_one_baseline ON sustainability_survey (case_id) WHERE kind = 'BASELINE';

-- The returnee's own feedback (seed 002, Återkoppling): free text, protected at rest; forwarded to the sending
-- office only with consent.
CREATE TABLE returnee_feedback (
    id               UUID         PRIMARY KEY,
    case_id          UUID         NOT NULL REFERENCES monitored_case (case_id),
    received_on      DATE         NOT NULL,
    language         VARCHAR(3)   NOT NULL,
    text             TEXT         NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    forwarded_at     TIMESTAMPTZ,
    recorded_by      VARCHAR(200) NOT NULL,
    recorded_by_org  VARCHAR(100),
    recorded_at      TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX returnee_feedback_case ON returnee_feedback (case_id);

-- Consent decisions per purpose and recipient: who took them, when, in which language. Append-only.
CREATE TABLE monitoring_consent (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       UUID         NOT NULL REFERENCES monitored_case (case_id),
    purpose       VARCHAR(30)  NOT NULL,
    recipient     VARCHAR(100) NOT NULL,
    feedback_id   UUID         REFERENCES returnee_feedback (id),
    decision      VARCHAR(10)  NOT NULL,
    declared_on   DATE         NOT NULL,
    language      VARCHAR(3)   NOT NULL,
    taken_by      VARCHAR(200) NOT NULL,
    taken_by_org  VARCHAR(100),
    recorded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX monitoring_consent_case ON monitoring_consent (case_id, id);
