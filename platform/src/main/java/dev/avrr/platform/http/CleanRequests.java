package dev.avrr.platform.http;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.problem.Problems;

/**
 * What every request must be before any resource runs: no query or path parameter carries a control character
 * (PostgreSQL refuses NUL; a log line or a terminal would obey the others) or is longer than
 * {@link ApiLimits#MAX_PARAMETER} — a 400 naming the parameter — and a
 * JSON body is UTF-8, the only charset the API reads (RFC 8259) — another declared charset is a 415; and the
 * {@code Idempotency-Key} and {@code If-Match} headers, when sent, are not empty.
 */
public class CleanRequests {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    /**
     * A header the API reads is either absent or has a value of at most {@link ApiLimits#MAX_PARAMETER}
     * characters: an empty {@code Idempotency-Key} or {@code If-Match} would otherwise read as no header at all,
     * and a create meant to be retried safely would not be.
     */
    @ServerRequestFilter
    public void refuseEmptyOrOverlongHeaders(ContainerRequestContext request) {
        for (String header : new String[] { Idempotency.HEADER, HttpHeaders.IF_MATCH }) {
            List<String> values = request.getHeaders().get(header);
            if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank())) {
                throw Problems.invalid(header, "is empty: send a value, or leave the header out");
            }
            if (values != null && values.stream().anyMatch(v -> v.length() > ApiLimits.MAX_PARAMETER)) {
                throw Problems.invalid(header, "is longer than " + ApiLimits.MAX_PARAMETER + " characters");
            }
        }
    }

    @ServerRequestFilter
    public void refuseOtherCharsets(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send application/json in UTF-8; no other charset is read");
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            if (hasControl(p.getKey())) {
                throw Problems.invalid("query", "a parameter's name contains a control character");
            }
            for (String value : p.getValue()) {
                if (value != null && hasControl(value)) {
                    throw Problems.invalid(p.getKey(), "contains a control character");
                }
                if (value != null && value.length() > ApiLimits.MAX_PARAMETER) {
                    throw Problems.invalid(p.getKey(), "is longer than " + ApiLimits.MAX_PARAMETER + " characters");
                }
            }
        }
    }

    /** Whether the text holds a character below U+0020 or U+007F (DEL). */
    public static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
