-- The returnee's own feedback that they let reach a partner who referred them (Återkoppling): the words they
-- approved, protected at rest, per recipient organisation; withdrawn when the returnee takes it back.
CREATE TABLE shared_feedback (
    id             UUID          PRIMARY KEY,
    feedback_id    UUID          NOT NULL,
    case_id        UUID          NOT NULL,
    recipient      VARCHAR(20)   NOT NULL,
    words          TEXT          NOT NULL,
    shared_at      TIMESTAMPTZ   NOT NULL,
    withdrawn_at   TIMESTAMPTZ,
    UNIQUE (feedback_id, recipient)
);
CREATE INDEX shared_feedback_case ON shared_feedback (case_id);

-- A delivery that carries one piece of shared feedback names it, so that a withdrawal cancels what is pending.
ALTER TABLE webhook_delivery ADD COLUMN subject_id UUID;
