package dev.avrr.platform.protection;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * A text column protected at rest: {@code @Convert(converter = ProtectedString.class)} on an identifier, a
 * note, a health or trafficking detail, in an entity that says whose data it holds ({@link PersonalRecord}) or
 * that it is the service's ({@link ServiceRecord}); {@link AtRestCipher} seals it, bound to its place. Such a
 * column cannot be searched; keep a search key elsewhere if one is needed.
 */
@Converter
public class ProtectedString implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher().protect(attribute, attribute);
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        return cipher().reveal(dbData);
    }

    /** The container's cipher, looked up once per container (a lookup per value was a tenth of a list's CPU). */
    private static volatile Cached cached;

    private record Cached(ArcContainer container, AtRestCipher cipher) {
    }

    static AtRestCipher cipher() {
        ArcContainer container = Arc.container();
        Cached c = cached;
        if (c == null || c.container() != container) {
            c = new Cached(container, container.instance(AtRestCipher.class).get());
            cached = c;
        }
        return c.cipher();
    }
}
