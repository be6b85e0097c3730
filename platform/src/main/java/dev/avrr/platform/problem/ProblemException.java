package dev.avrr.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A refusal that becomes a problem response. Its message is what the client reads, so it never holds a
 * person's data.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail, null, false, false);
        this.problem = problem;
    }

    public ProblemException(ProblemType kind, String detail) {
        this(new Problem(kind, detail));
    }

    public ProblemException(ProblemType kind, String detail, Map<String, Object> members) {
        this(kind, detail);
        members.forEach(problem::with);
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException violations(List<Problem.Violation> violations) {
        Problem p = new Problem(ProblemType.VALIDATION, violations.size() == 1
                ? "Field '" + violations.get(0).field() + "': " + violations.get(0).message()
                : violations.size() + " fields are invalid");
        p.violations = violations;
        return new ProblemException(p);
    }
}
