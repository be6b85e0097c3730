package dev.avrr.platform.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.platform.correlation.CorrelationId;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.CaseSpecifics;

/** Builds, reads and (for the personal part) seals and opens event envelopes. */
@ApplicationScoped
public class Events {

    private final ObjectMapper json;
    private final PersonalDataCipher cipher;
    private final Validator validator;
    private final EventKeySource keys;
    private final String service;

    /** Events sealed with the events' key only: as a service's contract tests build them. */
    public Events(ObjectMapper json, CryptoConfig crypto, Validator validator) {
        this(json, crypto, validator, null, null);
    }

    @Inject
    public Events(ObjectMapper json, CryptoConfig crypto, Validator validator, Instance<EventKeySource> keys,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.json = json;
        this.validator = validator;
        this.cipher = new PersonalDataCipher(crypto.activeKeyId(), crypto.keysById());
        this.keys = keys != null && keys.isResolvable() ? keys.get() : null;
        this.service = service;
    }

    /**
     * An event whose {@code data} is the given record or map: ids, codes, dates and counts only. Its
     * {@code source} is the type's producer: a service publishes only its own types ({@code Outbox} refuses
     * the others), so in production that is the service itself; test fixtures build other services' events
     * as those services would.
     */
    public EventEnvelope create(String type, String subject, Object data) {
        String source = EventTypes.sourceOf(type);
        ObjectNode node = json.valueToTree(data);
        if (node.has(EventEnvelope.PERSONAL)) {
            throw new IllegalArgumentException("Personal data go through createWithPersonal, encrypted");
        }
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, type, subject, now(),
                "application/json", CorrelationId.current(), null, node);
    }

    /**
     * An event that carries a person's details, sealed into {@code data.personal}: with the subject's event key when
     * this service produces the type and the subject is a person's (docs/data-protection.md#keys-of-the-person), so
     * that erasing the person makes the part unreadable wherever the event is kept; otherwise with the events' key.
     */
    public EventEnvelope createWithPersonal(String type, String subject, Object data, Object personal) {
        String source = EventTypes.sourceOf(type);
        UUID id = UUID.randomUUID();
        ObjectNode node = json.valueToTree(data);
        try {
            byte[] plain = json.writeValueAsBytes(personal);
            Optional<SecretKey> subjectKey = subjectKey(type, subject);
            String keyId;
            if (subjectKey.isPresent()) {
                keyId = EventEnvelope.SUBJECT_KEY;
                node.put(EventEnvelope.PERSONAL, PersonalDataCipher.seal(subjectKey.get(), plain, aad(id)));
            } else {
                PersonalDataCipher.Sealed sealed = cipher.seal(plain, aad(id));
                keyId = sealed.keyId();
                node.put(EventEnvelope.PERSONAL, sealed.value());
            }
            return new EventEnvelope(EventEnvelope.SPEC_VERSION, id, source, type, subject, now(), "application/json",
                    CorrelationId.current(), keyId, node);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise the personal part", e);
        }
    }

    private Optional<SecretKey> subjectKey(String type, String subject) {
        if (keys == null || !EventTypes.producingService(type).equals(service)) {
            return Optional.empty();
        }
        try {
            return keys.sealing(UUID.fromString(subject));
        } catch (IllegalArgumentException notAPerson) {
            return Optional.empty();
        }
    }

    /** The personal part an event of this type always carries, opened; an event without one is refused. */
    public <T> T requiredPersonal(EventEnvelope event, Class<T> type) {
        return personal(event, type).orElseThrow(
                () -> new EventRejectedException("Event " + event.id() + " carries no personal part"));
    }

    /** The personal part of an event, opened, or empty if it carries none. */
    public <T> Optional<T> personal(EventEnvelope event, Class<T> type) {
        if (event.data() == null || !event.data().hasNonNull(EventEnvelope.PERSONAL)) {
            return Optional.empty();
        }
        String sealed = event.data().get(EventEnvelope.PERSONAL).asText();
        byte[] plain;
        if (EventEnvelope.SUBJECT_KEY.equals(event.personalkeyid())) {
            if (keys == null || event.subject() == null) {
                throw new EventRejectedException("Event " + event.id() + " is sealed with a key of its subject");
            }
            SecretKey key = keys.opening(EventTypes.producer(event.type()), UUID.fromString(event.subject()))
                    .orElseThrow(() -> new EventRejectedException("Event " + event.id()
                            + ": its subject was erased, its personal part no longer opens"));
            plain = PersonalDataCipher.open(key, sealed, aad(event.id()));
        } else {
            plain = cipher.open(event.personalkeyid(), sealed, aad(event.id()));
        }
        try {
            return Optional.of(checked(event, json.readValue(plain, type)));
        } catch (IOException e) {
            throw new EventRejectedException("Event " + event.id() + " personal part is not a " + type.getSimpleName());
        }
    }

    /**
     * A case event's special categories (programme, household), opened from its sealed part. An event produced
     * before they were sealed carries them in clear in its data, and is read so: nothing in flight is lost.
     */
    public CaseSpecifics caseSpecifics(EventEnvelope event) {
        return personal(event, CaseSpecifics.class).orElseGet(() -> data(event, CaseSpecifics.class));
    }

    /**
     * The event's data without the personal part, as the given contract type, checked against the type's
     * constraints. Data that do not fit are refused for good (no retry): the event goes to the dead-letter
     * topic naming the fields, never their values.
     */
    public <T> T data(EventEnvelope event, Class<T> type) {
        if (event.data() == null) {
            throw new EventRejectedException("Event " + event.id() + " (" + event.type() + ") has no data");
        }
        ObjectNode copy = event.data().deepCopy();
        copy.remove(EventEnvelope.PERSONAL);
        T data;
        try {
            data = json.treeToValue(copy, type);
        } catch (IOException e) {
            throw new EventRejectedException("Event " + event.id() + " (" + event.type() + ") data are not a "
                    + type.getSimpleName());
        }
        return checked(event, data);
    }

    private <T> T checked(EventEnvelope event, T data) {
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new EventRejectedException("Event " + event.id() + " (" + event.type() + ") is invalid: "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .collect(Collectors.joining(", ")));
        }
        return data;
    }

    public String toJson(EventEnvelope event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise an event", e);
        }
    }

    /** Reads an envelope, refusing anything that is not a CloudEvents 1.0 AVRR event. */
    public EventEnvelope parse(String value) {
        EventEnvelope event;
        try {
            event = json.readValue(value, EventEnvelope.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON CloudEvents envelope");
        }
        if (!EventEnvelope.SPEC_VERSION.equals(event.specversion()) || event.id() == null || event.source() == null
                || event.type() == null) {
            throw new IllegalArgumentException("Not a CloudEvents 1.0 envelope (specversion, id, source, type)");
        }
        EventTypes.producer(event.type());
        return event;
    }

    private static byte[] aad(UUID eventId) {
        return eventId.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static OffsetDateTime now() {
        return Now.time().truncatedTo(ChronoUnit.MILLIS);
    }
}
