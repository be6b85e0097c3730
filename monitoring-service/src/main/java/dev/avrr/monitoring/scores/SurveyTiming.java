package dev.avrr.monitoring.scores;

import java.time.LocalDate;

import dev.avrr.platform.problem.Problems;

// docs/domain.md#sustainability-of-reintegration (IOM's survey measures how sustainable the reintegration is) and
// docs/monitoring-service.md (sustainability survey): one baseline, at or before the return; each follow-up after it, compared with the baseline.
public final class SurveyTiming {

    public static final String BASELINE_AT_OR_BEFORE_RETURN = "baseline-at-or-before-return";
    public static final String ONE_BASELINE = "one-baseline-per-returnee";
    public static final String FOLLOW_UP_AFTER_RETURN = "follow-up-after-return";

    private SurveyTiming() {
    }

    /**
     * Refuses (422, naming the rule) a survey taken at the wrong time.
     *
     * @param arrivalDate the return's date, or null while the returnee has not returned
     */
    public static void check(SurveyKind kind, LocalDate takenOn, LocalDate arrivalDate, boolean hasBaseline) {
        if (kind == SurveyKind.BASELINE) {
            if (hasBaseline) {
                throw Problems.rule(ONE_BASELINE, "The returnee already has a baseline; record a follow-up");
            }
            if (arrivalDate != null && takenOn.isAfter(arrivalDate)) {
                throw Problems.rule(BASELINE_AT_OR_BEFORE_RETURN, "A baseline is taken at or before the return on "
                        + arrivalDate + ", not on " + takenOn);
            }
        } else if (arrivalDate == null || !takenOn.isAfter(arrivalDate)) {
            throw Problems.rule(FOLLOW_UP_AFTER_RETURN, "A follow-up is taken after the return"
                    + (arrivalDate == null ? "" : " on " + arrivalDate) + ", not on " + takenOn);
        }
    }
}
