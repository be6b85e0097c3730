package dev.avrr.grant.catalogue;

// docs/domain.md#the-udi-standard-grant: 15,000 before the departure deadline or when none is set, 5,000 after; 10,000 extra per child before.
/**
 * Whether a category's deadline condition holds for a case. The case event says whether the person applied
 * before the departure deadline (true also when none was set); a category that depends on it cannot be
 * allocated without that answer.
 */
public final class DepartureDeadline {

    private DepartureDeadline() {
    }

    /**
     * @throws IllegalArgumentException if the condition depends on the deadline and the answer is unknown
     */
    public static boolean holds(DeadlineCondition condition, Boolean appliedBeforeDeadline) {
        if (condition == DeadlineCondition.ANY) {
            return true;
        }
        if (appliedBeforeDeadline == null) {
            throw new IllegalArgumentException("appliedBeforeDepartureDeadline is needed for a " + condition + " category");
        }
        return appliedBeforeDeadline == (condition == DeadlineCondition.BEFORE_DEADLINE);
    }

    /** Whether any category of the version depends on the deadline. */
    public static boolean matters(ProgrammeVersion version) {
        return version.categories.stream().anyMatch(c -> c.deadlineCondition != DeadlineCondition.ANY);
    }
}
