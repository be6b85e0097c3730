package dev.avrr.platform.identifiers;

import java.time.Year;

/**
 * UDI's DUF number (docs/domain.md#identifiers-the-system-must-validate): 12 digits, the first four the year of first application; the
 * last two digits = (Σ dᵢ·wᵢ over digits 1–10, w = 4,6,3,2,4,6,3,2,7,5) mod 11. The rule is known only from
 * public code, so a mismatch is a warning, never a refusal; a wrong shape is refused.
 */
public final class DufNumber {

    private static final int[] WEIGHTS = { 4, 6, 3, 2, 4, 6, 3, 2, 7, 5 };

    private DufNumber() {
    }

    public static IdentifierCheck check(String value) {
        if (value == null || !value.matches("\\d{12}")) {
            return IdentifierCheck.invalid("A DUF number is 12 digits");
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (year < 1900 || year > Year.now().getValue()) {
            return IdentifierCheck.invalid("A DUF number starts with the year of first application");
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        int expected = sum % 11;
        if (expected != Integer.parseInt(value.substring(10))) {
            return IdentifierCheck.warning("The DUF number's check digits do not match the known rule; "
                    + "please verify the number");
        }
        return IdentifierCheck.valid();
    }
}
