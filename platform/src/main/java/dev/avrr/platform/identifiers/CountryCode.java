package dev.avrr.platform.identifiers;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 country codes, alpha-2 or alpha-3, normalised to alpha-2. */
public final class CountryCode {

    private static final Set<String> ALPHA2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();

    static {
        for (String a2 : ALPHA2) {
            ALPHA3_TO_ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
        }
    }

    private CountryCode() {
    }

    /** The alpha-2 code for a known alpha-2 or alpha-3 code (any case), or empty if it is not one. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && ALPHA2.contains(upper)) {
            return Optional.of(upper);
        }
        if (upper.length() == 3) {
            return Optional.ofNullable(ALPHA3_TO_ALPHA2.get(upper));
        }
        return Optional.empty();
    }

    public static IdentifierCheck check(String code) {
        return normalise(code).isPresent() ? IdentifierCheck.valid()
                : IdentifierCheck.invalid("Not an ISO 3166-1 alpha-2 or alpha-3 country code");
    }
}
