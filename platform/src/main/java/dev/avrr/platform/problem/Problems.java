package dev.avrr.platform.problem;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Factories for the refusals services raise most often. */
public final class Problems {

    private Problems() {
    }

    /** 404 for a record that does not exist or is not the caller's: the two are never told apart. */
    public static ProblemException notFound(String resourceType) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + resourceType + " with that id is available to you");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** 400 for one invalid field. */
    public static ProblemException invalid(String field, String message) {
        return ProblemException.violations(List.of(new Problem.Violation(field, message)));
    }

    /** 409: the transition is not allowed from the current state; names the state and the failed guard. */
    public static ProblemException stateConflict(String resourceType, String state, String guard) {
        return new ProblemException(ProblemType.STATE_CONFLICT,
                "The " + resourceType + " is " + state + ": " + guard, Map.of("state", state, "guard", guard));
    }

    /** The guard of every refusal to record anything about a person whose data were erased. */
    public static final String ERASED = "erased";

    /**
     * 409: the person's data were erased (docs/data-protection.md#erasure): nothing new is recorded about them, in
     * any service; names the date.
     */
    public static ProblemException erased(String resourceType, OffsetDateTime erasedAt) {
        return new ProblemException(ProblemType.STATE_CONFLICT, "The person's data on this " + resourceType
                + " were erased on " + erasedAt.toLocalDate() + ": nothing new is recorded about them",
                Map.of("state", "ERASED", "guard", ERASED));
    }

    /** 422: a business rule refused; names the rule. */
    public static ProblemException rule(String rule, String detail) {
        return new ProblemException(ProblemType.BUSINESS_RULE, detail, Map.of("rule", rule));
    }

    public static ProblemException preconditionFailed(long currentVersion) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The If-Match version is stale; the current version is " + currentVersion,
                Map.of("currentVersion", currentVersion));
    }
}
