package dev.avrr.platform.consent;

import java.util.Optional;

import dev.avrr.platform.problem.Problems;

// docs/domain.md#consent-per-purpose-and-recipient: consent per purpose and recipient, with who took it, when, and
// withdrawal; IOM's principles (docs/domain.md#data-protection): nothing is shared with a third party without the person's consent.
/**
 * A consent is only what the person gave, when they gave it: never dated in the future, never dated before the
 * latest withdrawal of the same purpose and recipient, and — when it reverses a withdrawal — backed by the
 * reference of the person's signed consent form, so that an organisation cannot give itself access back on the
 * person's behalf. Every service that records consents applies this one rule; each refusal is a 422 naming it.
 */
public final class ConsentDating {

    public static final String IN_FUTURE = "consent-dated-in-future";
    public static final String BEFORE_WITHDRAWAL = "consent-dated-before-withdrawal";
    public static final String SIGNED_FORM_REQUIRED = "signed-consent-form-required";

    private ConsentDating() {
    }

    /**
     * @param given              when the person gave the consent, as recorded
     * @param latestWithdrawal   when the person last withdrew a consent of the same purpose and recipient, if ever
     * @param now                the present, in the same unit as {@code given}
     * @param signedFormReference the reference of the person's signed consent form, if any
     */
    public static <T extends Comparable<? super T>> void check(T given, Optional<T> latestWithdrawal, T now,
            String signedFormReference) {
        if (given.compareTo(now) > 0) {
            throw Problems.rule(IN_FUTURE, "A consent cannot be dated after the moment it is recorded");
        }
        if (latestWithdrawal.isPresent()) {
            if (given.compareTo(latestWithdrawal.get()) < 0) {
                throw Problems.rule(BEFORE_WITHDRAWAL, "A consent cannot be dated before the person's latest "
                        + "withdrawal of the same purpose and recipient");
            }
            if (signedFormReference == null || signedFormReference.isBlank()) {
                throw Problems.rule(SIGNED_FORM_REQUIRED, "A consent given again after a withdrawal needs the "
                        + "reference of the person's signed consent form");
            }
        }
    }
}
