package dev.avrr.contracts;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;

import dev.avrr.platform.events.CryptoConfig;
import dev.avrr.platform.events.Events;

/**
 * The platform's {@link Events} as a service has it: a personal-data key, and
 * a JSON mapper configured as Quarkus configures the service's one — from the {@code quarkus.jackson.*} keys of the
 * platform's defaults and the service's application.properties, over Quarkus's own defaults. A key this class does
 * not know fails the test, so the mirror cannot silently drift from the services.
 */
final class ServiceEvents {

    static final String KEY_ID = "contract-test-key";
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private ServiceEvents() {
    }

    /** The events of a service, built by the platform's code, as that service builds them. */
    static Events of(String service) {
        CryptoConfig crypto = new CryptoConfig() {
            @Override
            public Optional<String> activeKeyId() {
                return Optional.of(KEY_ID);
            }

            @Override
            public Optional<String> keys() {
                return Optional.of(KEY_ID + ":" + KEY);
            }
        };
        return new Events(mapper(service), crypto, validator());
    }

    /** The service's JSON mapper, as Quarkus builds it from the configuration. */
    static ObjectMapper mapper(String service) {
        JsonMapper.Builder b = JsonMapper.builder()
                // quarkus-jackson registers these modules.
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new ParameterNamesModule())
                // Quarkus's defaults.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultTimeZone(TimeZone.getTimeZone("UTC"));
        for (Map.Entry<String, String> e : Project.configuration(service, "quarkus.jackson.").entrySet()) {
            String value = e.getValue();
            switch (e.getKey().substring("quarkus.jackson.".length())) {
                case "fail-on-unknown-properties" -> b.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        Boolean.parseBoolean(value));
                case "fail-on-empty-beans" -> b.configure(SerializationFeature.FAIL_ON_EMPTY_BEANS,
                        Boolean.parseBoolean(value));
                case "write-dates-as-timestamps" -> b.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                        Boolean.parseBoolean(value));
                case "write-durations-as-timestamps" -> b.configure(
                        SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS, Boolean.parseBoolean(value));
                case "timezone" -> b.defaultTimeZone(TimeZone.getTimeZone(value));
                case "serialization-inclusion" -> {
                    JsonInclude.Include inclusion = JsonInclude.Include.valueOf(value.toUpperCase().replace('-', '_'));
                    b.defaultPropertyInclusion(JsonInclude.Value.construct(inclusion, inclusion));
                }
                default -> throw new AssertionError(e.getKey() + " (" + service + ") is not mirrored by the contract "
                        + "tests: teach ServiceEvents.mapper how Quarkus applies it");
            }
        }
        return b.build();
    }

    private static Validator validator() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }
}
