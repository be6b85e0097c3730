package dev.avrr.grant.disbursement;

import dev.avrr.platform.problem.Problems;

// docs/domain.md#who-uses-the-system: finance approves payments, a second pair of eyes on money; the mission requests,
// finance approves — not the same person (four eyes).
/** The person who approves a payment is never the person who requested it (compared by token subject). */
public final class FourEyes {

    private FourEyes() {
    }

    public static void check(String requestedBy, String approver) {
        if (requestedBy.equals(approver)) {
            throw Problems.forbidden("Four eyes: you requested this disbursement, so someone else must approve it");
        }
    }
}
