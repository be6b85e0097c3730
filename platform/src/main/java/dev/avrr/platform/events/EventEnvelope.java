package dev.avrr.platform.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CloudEvents 1.0 event in structured JSON mode. {@code data} holds ids, codes, dates and counts only; a
 * person's details, where a consumer truly needs them, travel encrypted in {@code data.personal}, with the
 * key's id in the {@code personalkeyid} extension.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// A tolerant reader: producers may add CloudEvents extension attributes.
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String correlationid,
        String personalkeyid,
        ObjectNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String PERSONAL = "personal";
    /** The {@code personalkeyid} of a part sealed with its subject's event key rather than the events' key. */
    public static final String SUBJECT_KEY = "subject";

    /** The producing service, from the type {@code avrr.<service>.<event>.v<n>}. */
    public String producer() {
        return EventTypes.producer(type);
    }
}
