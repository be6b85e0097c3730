package dev.avrr.platform.http;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.platform.correlation.CorrelationId;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests over the API's size bounds are answered as the application answers, with a problem naming what is too
 * large, not the HTTP server's empty status: a request URI longer than {@link ApiLimits#MAX_URI} characters is a
 * {@code 414}, request headers together larger than {@link ApiLimits#MAX_HEADERS} bytes a {@code 431}, a body
 * declared larger than {@link ApiLimits#MAX_BODY} bytes a {@code 413}. The
 * server's own limits are set well above these ({@code quarkus.http.limits.*}), so that every request a client
 * could mean reaches this check first.
 * <p>
 * What is no HTTP request at all — a raw control character, a space or a character outside the URI syntax in the
 * request line, a control character in a header, lines beyond the server's limits — is refused by the server's
 * HTTP decoder before any route, with an empty {@code 400} (or {@code 414}, {@code 431}) and the connection
 * closed; the server offers no hook to answer those otherwise. A control character sent percent-encoded, as a
 * client sends it, reaches {@link CleanRequests} and is a problem naming the parameter.
 */
@ApplicationScoped
public class MalformedRequests {

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::bounds);
    }

    private void bounds(RoutingContext ctx) {
        if (ctx.request().uri().length() > ApiLimits.MAX_URI) {
            send(ctx, ProblemType.URI_TOO_LONG, "requestUri", "is longer than " + ApiLimits.MAX_URI + " characters");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> h : ctx.request().headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headers > ApiLimits.MAX_HEADERS) {
            send(ctx, ProblemType.HEADERS_TOO_LARGE, "headers",
                    "are larger than " + ApiLimits.MAX_HEADERS + " bytes together");
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > ApiLimits.MAX_BODY) {
            send(ctx, ProblemType.PAYLOAD_TOO_LARGE, "body", "is larger than " + ApiLimits.MAX_BODY + " bytes");
            return;
        }
        ctx.next();
    }

    private void send(RoutingContext ctx, ProblemType type, String field, String message) {
        Problem problem = new Problem(type, "The request " + field + " " + message + ".");
        problem.violations = List.of(new Problem.Violation(field, message));
        problem.correlationId = UUID.randomUUID().toString();
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"type\":\"" + type.uri() + "\",\"status\":" + type.status() + "}";
        }
        ctx.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(CorrelationId.HEADER, problem.correlationId)
                .putHeader("Connection", "close")
                .end(body);
    }
}
