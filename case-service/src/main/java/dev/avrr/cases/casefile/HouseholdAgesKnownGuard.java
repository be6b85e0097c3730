package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.util.Optional;

// docs/domain.md#the-reintegration-grants: grants are per beneficiary, adult or child, so approval and arrival announce
// the household's ages and relations, and grants follow from them.
/** Every traveller's age must be known — a date of birth or an estimated birth year — before approval and travel. */
public final class HouseholdAgesKnownGuard implements Guard {

    public static final String NAME = "date-of-birth-missing";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        return c.travellers().stream().allMatch(t -> t.birth().known()) ? Optional.empty() : Optional.of(NAME);
    }
}
