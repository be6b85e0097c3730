package dev.avrr.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** How a {@link Recorded} value is stored: the stored form of the value, with who recorded it and when. */
public record RecordedStored<S>(UUID id, S value, String recordedBy, String recordedByOrg, OffsetDateTime recordedAt) {

    public static <V, S> RecordedStored<S> of(Recorded<V> recorded, Function<V, S> toStored) {
        return new RecordedStored<>(recorded.id(), toStored.apply(recorded.value()), recorded.recordedBy(),
                recorded.recordedByOrg(), recorded.recordedAt());
    }

    public <V> Recorded<V> toValue(Function<S, V> toValue) {
        return new Recorded<>(id, toValue.apply(value), recordedBy, recordedByOrg, recordedAt);
    }

    public static <V, S> List<RecordedStored<S>> ofAll(List<Recorded<V>> recorded, Function<V, S> toStored) {
        return recorded.stream().map(r -> of(r, toStored)).toList();
    }

    public static <V, S> List<Recorded<V>> toValues(List<RecordedStored<S>> stored, Function<S, V> toValue) {
        return stored.stream().map(s -> s.toValue(toValue)).toList();
    }
}
