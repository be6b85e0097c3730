package dev.avrr.platform.problem;

import java.net.URI;

/** The stable kinds of problem a client can branch on; the {@code type} URI never changes for a kind. */
public enum ProblemType {
    VALIDATION(400, "validation-failed", "The request is not valid"),
    MALFORMED(400, "malformed-request", "The request body could not be read"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "Your role does not allow this"),
    UNKNOWN_ORGANISATION(403, "unknown-organisation", "The token's organisation is not registered"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    STATE_CONFLICT(409, "state-conflict", "Not allowed in the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    BUSINESS_RULE(422, "business-rule", "A business rule refused the request"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "An If-Match header is required"),
    RATE_LIMITED(429, "rate-limited", "Too many requests from your organisation"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    INTERNAL(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Temporarily unavailable");

    private static final String BASE = "urn:avrr:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }
}
