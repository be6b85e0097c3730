package dev.avrr.monitoring.contacts;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.ReturneeScope;

// docs/domain.md#need-to-know-access (special-category data, GDPR art. 9): wellbeing notes are read by the mission that monitors the returnee, not by the sending office, which learns of protection concerns through alerts.
public final class WellbeingNotesNeedToKnow {

    private WellbeingNotesNeedToKnow() {
    }

    public static boolean mayRead(ReturneeScope scope, MonitoredCase returnee) {
        return scope.asMission(returnee);
    }
}
