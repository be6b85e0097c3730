package dev.avrr.platform.time;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.PastOrPresent;

import dev.avrr.platform.problem.Problem;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;

/**
 * What already happened is never dated after today (docs/architecture.md#bad-input): a birth, a departure, an arrival, a
 * decision, a contact, a payment. One rule for every service: a 422 with {@code rule} {@value #RULE} whose
 * {@code violations} name each such field, and nothing changed.
 *
 * <p>A request body marks such a date with {@code @PastOrPresent}; Bean Validation reads {@link Now} (through
 * {@link ValidationClock}), and {@code ProblemMappers} turns a refusal made of these bounds alone into this rule's
 * problem — a body with other invalid fields is a 400 naming all of them first. A year, which no bound covers (an
 * estimated birth year), is checked with {@link #year}.
 */
public final class PastDates {

    public static final String RULE = "date-in-future";

    static final String MESSAGE = "lies in the future: what already happened is never dated after today";

    private PastDates() {
    }

    /** Refuses a year after this one; {@code null} (not given) passes. */
    public static void year(String field, Integer year) {
        if (year != null && year > Now.today().getYear()) {
            throw refusal(List.of(field));
        }
    }

    /** The rule's problem, naming the fields (as a request body names them: {@code person.dateOfBirth}). */
    public static ProblemException refusal(List<String> fields) {
        Problem problem = new Problem(ProblemType.BUSINESS_RULE, fields.size() == 1
                ? "Field '" + fields.get(0) + "' " + MESSAGE
                : fields.size() + " fields lie in the future: what already happened is never dated after today");
        problem.violations = fields.stream().map(f -> new Problem.Violation(f, MESSAGE)).toList();
        return new ProblemException(problem.with("rule", RULE));
    }

    /** Whether a Bean Validation refusal is this rule: a bound that keeps a date out of the future. */
    public static boolean isBound(ConstraintViolation<?> violation) {
        return Optional.ofNullable(violation.getConstraintDescriptor())
                .map(d -> d.getAnnotation())
                .map(Annotation::annotationType)
                .filter(t -> t == PastOrPresent.class)
                .isPresent();
    }
}
