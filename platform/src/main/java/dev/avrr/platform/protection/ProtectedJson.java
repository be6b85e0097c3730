package dev.avrr.platform.protection;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.SharedSessionContract;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.MutabilityPlan;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.quarkus.arc.Arc;

/**
 * A structured value kept as JSON and protected at rest, stored as a record made for storage — never as the API's
 * request or view type, so that renaming an API field cannot drop stored data. A service declares one
 * {@code @Converter} subclass per column with the stored type and the mapping from and to the value the entity
 * holds, e.g. {@code super(TravelStored.class, TravelStored::of, TravelStored::toValue)}.
 * <p>
 * Each value is written with its schema version: {@code {"version":1,"value":{…}}}. A value written before versions
 * were kept (the bare JSON) is version 1. A column whose stored record changes raises its {@link #version} and turns
 * an older value into the current shape in {@link #upgrade}, so every value ever written still reads. Encrypted
 * columns cannot be migrated with SQL: this is where their migrations live.
 * <p>
 * Values read tolerantly in production (a value written by a newer instance during a rolling deployment still
 * reads); with {@code avrr.protection.strict-json=true}, as in tests, an unknown property is an error, so a stored
 * record that lost a field fails its frozen-value test instead of dropping data silently.
 * <p>
 * A value is <b>replaced, never changed in place</b> (records, {@code List.copyOf}): Hibernate keeps the loaded value
 * itself as its snapshot and finds a change by {@code equals} ({@link Replaced}, inherited by every column), instead
 * of copying each value through this converter — sealing and opening it again — whenever it loads an entity. A value
 * changed in place would not be written.
 */
@Mutability(ProtectedJson.Replaced.class)
public abstract class ProtectedJson<V, S> implements AttributeConverter<V, String> {

    public static final String VERSION = "version";
    public static final String VALUE = "value";

    private final int version;
    private final Function<TypeFactory, JavaType> storedType;
    private final Function<V, S> toStored;
    private final Function<S, V> toValue;
    private volatile ObjectReader reader;

    /** Version 1 of a column whose stored type is one class. */
    protected ProtectedJson(Class<S> storedType, Function<V, S> toStored, Function<S, V> toValue) {
        this(1, factory -> factory.constructType(storedType), toStored, toValue);
    }

    /** A column of this version whose stored type is built by the type factory (a list, a generic record). */
    protected ProtectedJson(int version, Function<TypeFactory, JavaType> storedType, Function<V, S> toStored,
            Function<S, V> toValue) {
        this.version = version;
        this.storedType = storedType;
        this.toStored = toStored;
        this.toValue = toValue;
    }

    /** The schema version this column writes. */
    public int version() {
        return version;
    }

    /**
     * Turns a value of an older version into the shape of the next one. No column has a second version yet; the
     * first that does overrides this.
     */
    protected JsonNode upgrade(int fromVersion, JsonNode value) {
        throw new IllegalStateException(getClass().getSimpleName() + " has no upgrade from version " + fromVersion);
    }

    @Override
    public String convertToDatabaseColumn(V attribute) {
        return attribute == null ? null : ProtectedString.cipher().protect(attribute, write(attribute));
    }

    @Override
    public V convertToEntityAttribute(String dbData) {
        // A value whose subject's key was destroyed opens as absent.
        String opened = dbData == null ? null : ProtectedString.cipher().reveal(dbData);
        return opened == null ? null : read(opened);
    }

    /** The JSON this column stores for a value, before encryption: {@code {"version":N,"value":…}}. */
    public String write(V attribute) {
        ObjectMapper json = json();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField(VERSION, version);
            g.writeFieldName(VALUE);
            // As its runtime type, as a tree of it would be (a stored map may be any Map).
            json.writeValue(g, toStored.apply(attribute));
            g.writeEndObject();
        } catch (IOException e) {
            // Never the value itself in the message: it is personal data.
            throw new IllegalStateException("Could not write a protected column (" + getClass().getSimpleName()
                    + "): " + e.getClass().getSimpleName(), e);
        }
        return out.toString();
    }

    /**
     * The value of stored JSON, after decryption, of this version or any older one. A value of this version in the
     * envelope this column writes is read in one pass; any other (bare, older) goes through the tree and its
     * upgrades.
     */
    public V read(String stored) {
        try {
            ObjectMapper json = json();
            try (JsonParser p = json.getFactory().createParser(stored)) {
                if (p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                        && VERSION.equals(p.currentName()) && p.nextToken() == JsonToken.VALUE_NUMBER_INT
                        && p.getIntValue() == version && p.nextToken() == JsonToken.FIELD_NAME
                        && VALUE.equals(p.currentName())) {
                    p.nextToken();
                    S read = reader(json).readValue(p);
                    if (p.nextToken() == JsonToken.END_OBJECT && p.nextToken() == null) {
                        return toValue.apply(read);
                    }
                }
            }
            JsonNode node = json.readTree(stored);
            int from = 1;
            JsonNode value = node;
            if (node.isObject() && node.size() == 2 && node.has(VERSION) && node.has(VALUE)) {
                from = node.get(VERSION).asInt();
                value = node.get(VALUE);
            }
            if (from > version) {
                throw new IllegalStateException(getClass().getSimpleName() + " reads up to version " + version
                        + ", the value is of version " + from);
            }
            for (int v = from; v < version; v++) {
                value = upgrade(v, value);
            }
            S read = reader(json).readValue(value);
            return toValue.apply(read);
        } catch (IOException e) {
            // Never the value itself in the message: it is personal data.
            throw new IllegalStateException("Could not read a protected column (" + getClass().getSimpleName() + "): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private ObjectReader reader(ObjectMapper json) {
        ObjectReader r = reader;
        if (r == null) {
            // The envelope's closing brace follows the value: read checks it, not the reader.
            r = json.readerFor(storedType.apply(json.getTypeFactory()))
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            reader = r;
        }
        return r;
    }


    /**
     * The snapshot of a value that is replaced, never changed in place: the value itself. Still "mutable" to
     * Hibernate, so that it compares the value at flush with the one loaded ({@code equals}): its bytecode
     * enhancement does not track assignments of fields typed as a {@code List} or {@code Map}, which many columns
     * are.
     */
    public static final class Replaced implements MutabilityPlan<Object> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean isMutable() {
            return true;
        }

        @Override
        public Object deepCopy(Object value) {
            return value;
        }

        @Override
        public Serializable disassemble(Object value, SharedSessionContract session) {
            // Only a second-level cache keeps disassembled values; none holds protected columns.
            throw new UnsupportedOperationException("Protected columns are not cached");
        }

        @Override
        public Object assemble(Serializable cached, SharedSessionContract session) {
            throw new UnsupportedOperationException("Protected columns are not cached");
        }
    }

    private static volatile ObjectMapper mapper;

    private static ObjectMapper json() {
        if (mapper == null) {
            boolean strict = ConfigProvider.getConfig().getOptionalValue("avrr.protection.strict-json", Boolean.class)
                    .orElse(false);
            mapper = Arc.container().instance(ObjectMapper.class).get().copy()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict);
        }
        return mapper;
    }
}
