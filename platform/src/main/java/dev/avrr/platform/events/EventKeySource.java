package dev.avrr.platform.events;

import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

/**
 * The keys of the people for the personal part of events (docs/data-protection.md#keys-of-the-person): a service
 * seals the personal part of its events about a subject with that subject's event key, which it publishes to the
 * services that open them and retracts when the subject is erased.
 */
public interface EventKeySource {

    /**
     * The key that seals the personal part of this service's event about the subject, published to the other services
     * the first time; empty when the subject was erased (the part is sealed with the events' key then).
     */
    Optional<SecretKey> sealing(UUID subject);

    /**
     * The key that opens the personal part of a producer's event about the subject; empty when the subject was erased
     * and the key destroyed. A key not received yet is a fault that passes ({@code SubjectKeyAwaitedException}).
     */
    Optional<SecretKey> opening(String producer, UUID subject);
}
