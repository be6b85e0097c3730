package dev.avrr.platform.http;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict JSON, for every body a service reads and every event it consumes: no key twice in an object, nothing after
 * the value, no value coerced into another type (a number is not a string, {@code "true"} is not a boolean,
 * {@code 1.5} is not an integer, a number is not a date; money and rates are decimal strings by convention), no control character in text but line breaks and tabs
 * (PostgreSQL refuses NUL, and a terminal obeys escape sequences), and dates and times within
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Each refusal names the field (ProblemMappers).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** After Quarkus' own customizer, so that these deserializers win over the Java time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultLeniency(false);
        for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean }) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // Money and rates travel as decimal strings ("8000.00"), by the API's own convention: that is no coercion.
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        SimpleModule strict = new SimpleModule("avrr-strict-json");
        strict.addDeserializer(String.class, new Text());
        strict.setDeserializerModifier(new BoundedLists());
        strict.addDeserializer(LocalDate.class, new BoundedDate());
        strict.addDeserializer(OffsetDateTime.class, new BoundedTime());
        mapper.registerModule(strict);
    }

    /** A text value that holds a control character other than a line break or a tab. */
    public static final class ControlCharacterException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        ControlCharacterException(JsonParser p) {
            super(p, "A control character in text", "", String.class);
        }
    }

    /** A text or a list longer than {@link ApiLimits} allows. */
    public static final class TooLongException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        private final String limit;

        TooLongException(JsonParser p, Class<?> type, String limit) {
            super(p, "Longer than " + limit, "", type);
            this.limit = limit;
        }

        /** "10000 characters", "500 items". */
        public String limit() {
            return limit;
        }
    }

    /** A date or time outside the years the system accepts. */
    public static final class OutOfRangeException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        OutOfRangeException(JsonParser p, Class<?> type) {
            super(p, "A date outside " + FIRST_YEAR + "–" + LAST_YEAR, "", type);
        }
    }

    /** Strings as JSON strings only, without control characters. */
    static final class Text extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (text.length() > ApiLimits.MAX_TEXT) {
                throw new TooLongException(p, String.class, ApiLimits.MAX_TEXT + " characters");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
                    throw new ControlCharacterException(p);
                }
            }
            return text;
        }
    }

    /** Every list and set read from a body holds at most {@link ApiLimits#MAX_ITEMS} items. */
    static final class BoundedLists extends BeanDeserializerModifier {

        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new BoundedCollection(deserializer);
        }
    }

    /** A collection deserializer that refuses more than {@link ApiLimits#MAX_ITEMS} items. */
    static final class BoundedCollection extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        BoundedCollection(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new BoundedCollection(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof java.util.Collection<?> c && c.size() > ApiLimits.MAX_ITEMS) {
                throw new TooLongException(p, java.util.Collection.class, ApiLimits.MAX_ITEMS + " items");
            }
            return value;
        }
    }

    private static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** A calendar date, strictly {@code YYYY-MM-DD}, within the accepted years. */
    static final class BoundedDate extends JsonDeserializer<LocalDate> {

        private final JsonDeserializer<LocalDate> strict = LocalDateDeserializer.INSTANCE;

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            if (!DATE.matcher(p.getText()).matches()) {
                throw ctxt.weirdStringException(p.getText(), LocalDate.class, "expected YYYY-MM-DD");
            }
            LocalDate date = strict.deserialize(p, ctxt);
            if (date != null && !inRange(date.getYear())) {
                throw new OutOfRangeException(p, LocalDate.class);
            }
            return date;
        }
    }

    /** An ISO-8601 time with its offset, within the accepted years. */
    static final class BoundedTime extends JsonDeserializer<OffsetDateTime> {

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            OffsetDateTime time = InstantDeserializer.OFFSET_DATE_TIME.deserialize(p, ctxt);
            if (time != null && !inRange(time.getYear())) {
                throw new OutOfRangeException(p, OffsetDateTime.class);
            }
            return time;
        }
    }
}
