package dev.avrr.monitoring.contacts;

import java.time.LocalDate;

import dev.avrr.platform.problem.Problems;

// docs/domain.md#the-swedish-route (Återintegrationsstöd, Uppföljning: the local office meets and follows up the returnee after return): a contact dated before the arrival cannot be a monitoring contact.
public final class ContactNotBeforeReturn {

    public static final String RULE = "contact-not-before-return";

    private ContactNotBeforeReturn() {
    }

    /** Refuses (422, naming the rule) a contact dated before the arrival date. */
    public static void check(LocalDate arrivalDate, LocalDate contactedOn) {
        if (contactedOn.isBefore(arrivalDate)) {
            throw Problems.rule(RULE, "The contact is dated " + contactedOn + ", before the return on " + arrivalDate
                    + "; monitoring contacts follow the return");
        }
    }
}
