package dev.avrr.platform.protection;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The place of each protected value Hibernate writes. Hibernate converts and binds an entity's values between the
 * pre- and post-insert (or update) events of that entity, on the same thread; {@link ProtectedColumns} records, for
 * each protected value of the entity, its place, its row and its subject, and the converter takes them when it seals
 * the value. A row whose values were not all taken is refused: a value sealed without its place would not open.
 */
final class ProtectedWrites {

    /** Where a value is written: the place's code, the row and the subject whose key seals it (null: the service's). */
    record Place(String place, String row, UUID subject) {
    }

    private record Row(Map<Object, Deque<Place>> places, String entity) {
    }

    private static final ThreadLocal<Row> CURRENT = new ThreadLocal<>();

    private ProtectedWrites() {
    }

    /** The place of this value if it is a protected value of the row being written; each is taken once. */
    static Optional<Place> take(Object value) {
        Row row = CURRENT.get();
        if (row == null) {
            return Optional.empty();
        }
        Deque<Place> places = row.places().get(value);
        if (places == null || places.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(places.poll());
    }

    /**
     * The row Hibernate is about to write: its entity, and each protected value (in the order Hibernate writes them)
     * with its place.
     */
    static void begin(String entity, List<Object> values, List<Place> places) {
        Map<Object, Deque<Place>> byValue = new IdentityHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                byValue.computeIfAbsent(values.get(i), v -> new ArrayDeque<>()).add(places.get(i));
            }
        }
        CURRENT.set(new Row(byValue, entity));
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The row was written: every one of its protected values must have been sealed for its place. */
    static void end() {
        Row row = CURRENT.get();
        CURRENT.remove();
        if (row != null && row.places().values().stream().anyMatch(d -> !d.isEmpty())) {
            throw new IllegalStateException("A protected value of " + row.entity() + " was written without its place");
        }
    }
}
