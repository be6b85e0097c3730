package dev.avrr.cases.casefile.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Converter;

import dev.avrr.platform.protection.ProtectedJson;

/** The consents of a case, kept as one protected value, and how each is stored. */
public final class ConsentColumns {

    private ConsentColumns() {
    }

    /** A consent as stored (version 1). */
    public record ConsentStored(UUID id, ConsentPurpose purpose, String recipient, LocalDate givenOn,
            String language, Boolean interpreterUsed, ConsentSource source, String recordedBy, String recordedByOrg,
            OffsetDateTime recordedAt, LocalDate withdrawnOn, ConsentSource withdrawalSource,
            String withdrawalRecordedBy, OffsetDateTime withdrawalRecordedAt, String signedFormReference) {

        static ConsentStored of(Consent c) {
            return new ConsentStored(c.id(), c.purpose(), c.recipient(), c.givenOn(), c.language(),
                    c.interpreterUsed(), c.source(), c.recordedBy(), c.recordedByOrg(), c.recordedAt(),
                    c.withdrawnOn(), c.withdrawalSource(), c.withdrawalRecordedBy(), c.withdrawalRecordedAt(),
                    c.signedFormReference());
        }

        Consent toValue() {
            return new Consent(id, purpose, recipient, givenOn, language, interpreterUsed, source, recordedBy,
                    recordedByOrg, recordedAt, withdrawnOn, withdrawalSource, withdrawalRecordedBy,
                    withdrawalRecordedAt, signedFormReference);
        }
    }

    @Converter
    public static class ConsentsColumn extends ProtectedJson<List<Consent>, List<ConsentStored>> {
        public ConsentsColumn() {
            super(1, t -> t.constructCollectionType(List.class, ConsentStored.class),
                    consents -> consents.stream().map(ConsentStored::of).toList(),
                    stored -> stored.stream().map(ConsentStored::toValue).toList());
        }
    }
}
