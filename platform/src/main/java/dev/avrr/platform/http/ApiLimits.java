package dev.avrr.platform.http;

/**
 * The limits every input meets where its field or parameter states no tighter one (a {@code @Size}, a pattern, an
 * enumeration). The code enforces them — {@link StrictJson} for bodies, {@link CleanRequests} for parameters and
 * headers — and the OpenAPI documents state them ({@link ApiLimitsDocumented}), so that an integrator's linter sees
 * a bound on every string, list and integer.
 */
public final class ApiLimits {

    /** The longest text of a body field. */
    public static final int MAX_TEXT = 10_000;

    /** The most items of a list in a body. */
    public static final int MAX_ITEMS = 500;

    /** The longest value of a query or path parameter, or of a header the API reads. */
    public static final int MAX_PARAMETER = 200;

    /** The longest request URI (path and query) the API reads; the server accepts longer lines, to answer them. */
    public static final int MAX_URI = 8_192;

    /**
     * The largest request body, in bytes: a document's content (at most {@code Documents.MAX_BYTES}) in base64 with
     * room to spare; every other body is far smaller.
     */
    public static final long MAX_BODY = 8L * 1024 * 1024;

    /** The most the request headers may hold together, in bytes. */
    public static final int MAX_HEADERS = 16_384;

    private ApiLimits() {
    }
}
