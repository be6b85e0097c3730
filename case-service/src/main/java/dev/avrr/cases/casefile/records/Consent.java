package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A consent held on a case: purpose, when it was given, in which language and whether with an interpreter, who
 * recorded it and from where, the signed consent form when it reverses a withdrawal; and, once withdrawn, when and
 * through whom. A withdrawn consent stays on record. Only what the person gave: the system never creates one.
 */
public record Consent(UUID id, ConsentPurpose purpose, String recipient, LocalDate givenOn, String language,
        Boolean interpreterUsed, ConsentSource source, String recordedBy, String recordedByOrg,
        OffsetDateTime recordedAt, LocalDate withdrawnOn, ConsentSource withdrawalSource, String withdrawalRecordedBy,
        OffsetDateTime withdrawalRecordedAt, String signedFormReference) {

    public boolean stands() {
        return withdrawnOn == null;
    }

    public Consent withdrawn(LocalDate on, ConsentSource through, String by, OffsetDateTime at) {
        return new Consent(id, purpose, recipient, givenOn, language, interpreterUsed, source, recordedBy,
                recordedByOrg, recordedAt, on, through, by, at, signedFormReference);
    }
}
