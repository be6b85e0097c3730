package dev.avrr.platform.correlation;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/** The id that ties a request's log lines, its response and the events it causes together. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    /** A UUID only: a free token could carry an identity number into logs, events and dead letters. */
    private static final Pattern SAFE = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CorrelationId() {
    }

    /** The current correlation id, or a fresh one if none was set. */
    public static String current() {
        Object value = MDC.get(MDC_KEY);
        if (value == null) {
            String fresh = UUID.randomUUID().toString();
            MDC.put(MDC_KEY, fresh);
            return fresh;
        }
        return value.toString();
    }

    /** Takes a client's id only if it is a UUID (in lower case); anything else is replaced, so it is safe to log. */
    public static String accept(String offered) {
        String id = offered != null && SAFE.matcher(offered).matches() ? offered.toLowerCase(Locale.ROOT)
                : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        return id;
    }

    public static void set(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }
}
