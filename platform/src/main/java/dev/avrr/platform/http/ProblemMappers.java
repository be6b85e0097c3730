package dev.avrr.platform.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import dev.avrr.platform.correlation.CorrelationId;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.faults.Failures;
import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.time.PastDates;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem. No stack trace, SQL, class name or input value reaches a
 * client; a 5xx is logged with the correlation id that its response carries.
 */
public class ProblemMappers {

    private static final String DUPLICATE = "Duplicate field '";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<DataSource> database;

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e) {
        boolean onReturnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (onReturnValue) {
            return internal(e);
        }
        if (!e.getConstraintViolations().isEmpty() && e.getConstraintViolations().stream().allMatch(PastDates::isBound)) {
            // Only dates of what already happened, set after today: a rule refused them, not the body's shape.
            return respond(PastDates.refusal(e.getConstraintViolations().stream().map(ProblemMappers::field)
                    .distinct().sorted().toList()).problem());
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        return respond(ProblemException.violations(violations).problem());
    }

    // Registered for the subclasses too: a mapper for the closest class wins over the built-in ones.
    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> invalidFormat(InvalidFormatException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> unrecognizedProperty(UnrecognizedPropertyException e) {
        return json(e);
    }

    @ServerExceptionMapper(priority = 1)
    public RestResponse<Problem> json(JsonProcessingException e) {
        if (e instanceof StrictJson.ControlCharacterException c) {
            return field(path(c), "contains a control character (only line breaks and tabs are allowed in text)");
        }
        if (e instanceof StrictJson.TooLongException t) {
            return field(path(t), "is longer than the " + t.limit() + " allowed");
        }
        if (e instanceof StrictJson.OutOfRangeException r) {
            return field(path(r), "must lie between the years " + StrictJson.FIRST_YEAR + " and " + StrictJson.LAST_YEAR);
        }
        JsonParseException p = null;
        for (Throwable t = e; t != null && p == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException parse) {
                p = parse;
            }
        }
        if (p != null && p.getOriginalMessage() != null && p.getOriginalMessage().startsWith(DUPLICATE)) {
            String message = p.getOriginalMessage();
            String name = message.substring(DUPLICATE.length(), Math.max(DUPLICATE.length(), message.indexOf('\'', DUPLICATE.length())));
            JsonParser parser = p.getProcessor();
            String at = parser == null ? "" : contextPath(parser.getParsingContext());
            return field(at.isEmpty() ? name : at + "." + name, "appears more than once");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return field(path(u), "is not a known field");
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            if (target != null && target.isEnum()) {
                String allowed = java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
                return field(path(f), "is not one of: " + allowed);
            }
            return field(path(f), "has the wrong format" + expected(target));
        }
        if (e instanceof ValueInstantiationException v) {
            return field(path(v), "is not valid");
        }
        if (e instanceof MismatchedInputException m) {
            String path = path(m);
            return path.isEmpty()
                    ? respond(new Problem(ProblemType.MALFORMED, "The body must be a JSON object of the documented shape"))
                    : field(path, "has the wrong type" + expected(m.getTargetType()));
        }
        return respond(new Problem(ProblemType.MALFORMED, "The body is not well-formed JSON"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableParameter(StrictParameters.Unreadable e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationCompletion(AuthenticationCompletionException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e) {
        return respond(new Problem(ProblemType.FORBIDDEN, "Your role does not allow this operation"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notFound(NotFoundException e) {
        return respond(new Problem(ProblemType.NOT_FOUND, "No resource at this address"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAllowed(NotAllowedException e) {
        return respond(new Problem(ProblemType.METHOD_NOT_ALLOWED, "This method is not allowed here"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unsupported(NotSupportedException e) {
        return respond(new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send application/json"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> notAcceptable(NotAcceptableException e) {
        return respond(new Problem(ProblemType.NOT_ACCEPTABLE, "This resource answers in application/json"));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        if (status >= 500) {
            return internal(e);
        }
        ProblemType kind = switch (status) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.STATE_CONFLICT;
            case 412 -> ProblemType.PRECONDITION_FAILED;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemType.VALIDATION;
        };
        if (kind == ProblemType.UNAUTHENTICATED) {
            return unauthenticated();
        }
        return respond(new Problem(kind, kind == ProblemType.VALIDATION ? "The request is not valid" : kind.title()));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> any(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return respond(p.problem());
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return respond(new Problem(ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by someone else; read it again and retry"));
            }
        }
        if ((database.isResolvable() ? Failures.of(e, database.get()) : Failures.of(e)) == Failures.Kind.TRANSIENT) {
            // The database or the broker is away for a moment: nothing was done, and the client may retry.
            LOG.warnf("Answered 503 while the infrastructure is away (correlation id %s): %s",
                    CorrelationId.current(), EventRejectedException.safeReason(e));
            Problem problem = new Problem(ProblemType.UNAVAILABLE,
                    "The service cannot reach its database right now; nothing was done, retry in a few seconds");
            problem.correlationId = CorrelationId.current();
            return RestResponse.ResponseBuilder.create(RestResponse.Status.SERVICE_UNAVAILABLE, problem)
                    .type(Problem.MEDIA_TYPE).header("Retry-After", "5").build();
        }
        return internal(e);
    }

    private RestResponse<Problem> internal(Throwable e) {
        Problem problem = new Problem(ProblemType.INTERNAL,
                "Something went wrong on our side; quote the correlation id when you report it");
        LOG.errorf(e, "Unhandled failure, answered 500 (correlation id %s)", CorrelationId.current());
        return respond(problem);
    }

    private static RestResponse<Problem> unauthenticated() {
        Problem problem = new Problem(ProblemType.UNAUTHENTICATED,
                "A valid, unexpired bearer token from the configured issuer is required");
        problem.correlationId = CorrelationId.current();
        return RestResponse.ResponseBuilder.create(RestResponse.Status.UNAUTHORIZED, problem)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static RestResponse<Problem> field(String path, String message) {
        String field = path.isEmpty() ? "body" : path;
        return respond(ProblemException.violations(List.of(new Problem.Violation(field, message))).problem());
    }

    /** Sends the problem; the status comes from the problem. */
    public static RestResponse<Problem> respond(Problem problem) {
        problem.correlationId = CorrelationId.current();
        return RestResponse.ResponseBuilder.<Problem> create(problem.status)
                .entity(problem)
                .type(Problem.MEDIA_TYPE)
                .build();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        String name = target.getSimpleName();
        return switch (name) {
            case "String" -> " (expected a string)";
            case "Integer", "int", "Long", "long" -> " (expected an integer)";
            case "BigDecimal" -> " (expected a decimal number as a string)";
            case "Boolean", "boolean" -> " (expected true or false)";
            case "LocalDate" -> " (expected a date, YYYY-MM-DD)";
            case "OffsetDateTime", "Instant" -> " (expected an ISO-8601 time)";
            case "UUID" -> " (expected a UUID)";
            default -> target.isArray() || List.class.isAssignableFrom(target) ? " (expected an array)"
                    : " (expected an object)";
        };
    }

    /** The path of the object or array the parser is in, as a violation names it: {@code items[1].nested}. */
    private static String contextPath(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext parent = context.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.inObject() && parent.getCurrentName() != null) {
                parts.push("." + parent.getCurrentName());
            } else if (parent.inArray()) {
                parts.push("[" + Math.max(0, parent.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The field's path inside the body (or the parameter's name), without method and argument names. */
    static String field(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    String name = node.getName();
                    if (node.getIndex() != null && !parts.isEmpty()) {
                        int last = parts.size() - 1;
                        parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (name != null && !name.startsWith("<")) {
                        parts.add(name);
                    }
                }
                default -> {
                }
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter != null ? parameter : "body";
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }
}
