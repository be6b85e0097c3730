package dev.avrr.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An RFC 9457 problem detail, as sent to clients in {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "correlationId", "violations" })
@Schema(name = "Problem", description = "RFC 9457 problem details")
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message) {
    }

    public URI type;
    public String title;
    public int status;
    public String detail;
    public URI instance;
    public String correlationId;
    public List<Violation> violations;

    @Schema(hidden = true)
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem() {
    }

    public Problem(ProblemType kind, String detail) {
        this.type = kind.uri();
        this.title = kind.title();
        this.status = kind.status();
        this.detail = detail;
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
