package dev.avrr.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * The span of a consumer applying one event (docs/architecture.md#traces): a child of the span that wrote the event,
 * whose trace the relay passed on in the record's {@code traceparent} header, so that one trace runs from a request
 * to its effects in every service. Named by the consumer and the event's type only. When tracing is off, the spans
 * are no-ops.
 */
@ApplicationScoped
class EventTraces {

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null || header.value() == null ? null
                    : new String(header.value(), StandardCharsets.US_ASCII);
        }
    };

    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    @Inject
    EventTraces(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("avrr-inbox");
    }

    /** The span of applying the record's event, current until closed. */
    Applying applying(Message<String> record, String consumer, String type) {
        Context parent = record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), m.getHeaders(),
                        HEADERS))
                .orElse(Context.root());
        Span span = tracer.spanBuilder(consumer + " apply " + type).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .startSpan();
        return new Applying(span, span.makeCurrent());
    }

    /** An event's span while it is applied. */
    record Applying(Span span, Scope scope) implements AutoCloseable {

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
