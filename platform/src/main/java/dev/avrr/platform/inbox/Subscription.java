package dev.avrr.platform.inbox;

import java.util.Optional;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;

/**
 * A consumer of one topic: its name (the inbox's and the parked events' key, {@code <service>.<channel>}) and
 * the topic it reads. Only the topic's producer may write there, so an event on it must be of that producer's
 * types and name that producer as its {@code source}; anything else is an impostor and is parked, not applied.
 */
public record Subscription(String name, String topic) {

    public Subscription {
        if (name == null || name.isBlank() || topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("A subscription names its consumer and its topic");
        }
    }

    /**
     * Why this consumer must not apply the event, or empty when its type and source are the topic's producer's.
     * The reason names the event's id, type and the expected producer, never what the impostor wrote.
     */
    public Optional<String> impostor(EventEnvelope event) {
        if (!EventTypes.topicOf(event.type()).equals(topic)) {
            return Optional.of("Event " + event.id() + " (" + event.type() + ") is not a type of the producer of "
                    + topic);
        }
        if (!EventTypes.sourceOf(event.type()).equals(event.source())) {
            return Optional.of("Event " + event.id() + " (" + event.type() + ") does not come from "
                    + EventTypes.sourceOf(event.type()));
        }
        return Optional.empty();
    }
}
