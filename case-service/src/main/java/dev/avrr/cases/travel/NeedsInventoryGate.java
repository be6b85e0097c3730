package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;
import dev.avrr.vocabulary.events.Programme;

// docs/domain.md#the-swedish-route, Behovsinventering: IOM examines the needs and confirms that support is available in the home country.
/**
 * Before travel the needs are inventoried and support in the home country confirmed — for every programme that
 * gives reintegration support (UDI's standard grant is money only, docs/domain.md#the-udi-standard-grant).
 */
public final class NeedsInventoryGate implements Guard {

    public static final String MISSING = "needs-inventory-missing";
    public static final String UNCONFIRMED = "home-country-support-unconfirmed";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        if (c.programme == Programme.UDI_STANDARD) {
            return Optional.empty();
        }
        if (c.needsInventory == null) {
            return Optional.of(MISSING);
        }
        return Boolean.TRUE.equals(c.needsInventory.value().supportAvailableInHomeCountry()) ? Optional.empty()
                : Optional.of(UNCONFIRMED);
    }
}
