package dev.avrr.platform.protection;

import java.io.IOException;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.quarkus.arc.Arc;

/**
 * A structured value (a record, a list of records) kept as JSON and protected at rest. A service declares one
 * {@code @Converter} subclass per type, e.g. {@code class IdentifiersColumn extends ProtectedJson<List<Identifier>>}
 * with {@code super(t -> t.constructCollectionType(List.class, Identifier.class))}.
 */
public abstract class ProtectedJson<T> implements AttributeConverter<T, String> {

    private final Function<TypeFactory, JavaType> type;
    private volatile JavaType resolved;

    protected ProtectedJson(Class<T> type) {
        this(factory -> factory.constructType(type));
    }

    protected ProtectedJson(Function<TypeFactory, JavaType> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T attribute) {
        if (attribute == null) {
            return null;
        }
        try {
            return ProtectedString.cipher().protect(json().writeValueAsString(attribute));
        } catch (IOException e) {
            throw new IllegalStateException("Could not write a protected column", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String dbData) {
        if (dbData == null) {
            return null;
        }
        try {
            ObjectMapper json = json();
            if (resolved == null) {
                resolved = type.apply(json.getTypeFactory());
            }
            return json.readValue(ProtectedString.cipher().reveal(dbData), resolved);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read a protected column", e);
        }
    }

    private static volatile ObjectMapper mapper;

    private static ObjectMapper json() {
        if (mapper == null) {
            // The application's mapper refuses unknown fields (for requests); stored values are read tolerantly.
            mapper = Arc.container().instance(ObjectMapper.class).get().copy()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        }
        return mapper;
    }
}
