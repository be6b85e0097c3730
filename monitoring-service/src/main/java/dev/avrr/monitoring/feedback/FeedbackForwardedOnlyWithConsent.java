package dev.avrr.monitoring.feedback;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.ReturneeScope;

// docs/domain.md#the-swedish-route (Återkoppling: IOM Helsinki forwards the returnee's feedback to the Swedish partners) and
// docs/domain.md#consent-per-purpose-and-recipient (transfer to others only with consent): the sending office reads the returnee's feedback only while it is forwarded with their consent; the mission that took it always does.
public final class FeedbackForwardedOnlyWithConsent {

    private FeedbackForwardedOnlyWithConsent() {
    }

    public static boolean mayRead(ReturneeScope scope, MonitoredCase returnee, ReturneeFeedback feedback) {
        return scope.asMission(returnee)
                || scope.asCaseworker(returnee) && feedback.status() == FeedbackStatus.FORWARDED;
    }
}
