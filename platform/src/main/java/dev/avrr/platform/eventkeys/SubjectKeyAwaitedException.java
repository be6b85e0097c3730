package dev.avrr.platform.eventkeys;

/**
 * The event key of a subject has not arrived yet from its producer: the event that needs it waits and is retried
 * (a fault that passes), never parked. It names neither the subject nor the producer's data.
 */
public class SubjectKeyAwaitedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SubjectKeyAwaitedException(String producer) {
        super("The event key of a subject of " + producer + " has not arrived yet");
    }
}
