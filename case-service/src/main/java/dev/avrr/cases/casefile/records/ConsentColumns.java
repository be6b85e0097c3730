package dev.avrr.cases.casefile.records;

import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.platform.protection.ProtectedJson;

/** The consents of a case, kept as one protected value. */
public final class ConsentColumns {

    private ConsentColumns() {
    }

    @Converter
    public static class ConsentsColumn extends ProtectedJson<List<Consent>> {
        public ConsentsColumn() {
            super(t -> t.constructCollectionType(List.class, Consent.class));
        }
    }
}
