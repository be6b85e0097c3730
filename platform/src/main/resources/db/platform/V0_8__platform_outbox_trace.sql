-- The trace of the transaction that wrote an event (docs/architecture.md#traces), in W3C form
-- (00-<trace id>-<span id>-<flags>), passed on by the relay as the record's traceparent header so that the
-- consumers' spans join the trace of the request that caused them. Null when tracing is off; random ids only.
ALTER TABLE outbox_event ADD COLUMN trace_parent VARCHAR(55);
