package dev.avrr.cases.casefile;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Something recorded on a case, with who recorded it (user and organisation) and when. */
public record Recorded<T>(UUID id, T value, String recordedBy, String recordedByOrg, OffsetDateTime recordedAt) {
}
