package dev.avrr.cases.travel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.cases.casefile.records.NeedCategory;
import dev.avrr.cases.casefile.records.NeedsInventory;
import dev.avrr.vocabulary.events.Programme;

/**
 * docs/domain.md#the-swedish-route (Behovsinventering): a vulnerable returnee travels once the needs are known and
 * the home country confirmed the support; UDI's standard grant asks no inventory.
 */
class NeedsInventoryGateTest {

    @ParameterizedTest(name = "{0}, inventory: {1} → {2}")
    @CsvSource({
            "VULNERABLE_GROUPS,      none,        needs-inventory-missing",
            "VULNERABLE_GROUPS,      unconfirmed, home-country-support-unconfirmed",
            "VULNERABLE_GROUPS,      confirmed,   ''",
            "VICTIMS_OF_TRAFFICKING, none,        needs-inventory-missing",
            "UDI_STANDARD,           none,        ''",
    })
    void table(Programme programme, String inventory, String refusal) {
        AvrrCase c = CaseFiles.norwegian(programme, LocalDate.of(1990, 1, 1));
        if (!inventory.equals("none")) {
            c.needsInventory = CaseFiles.recorded(new NeedsInventory(
                    List.of(new NeedsInventory.Need(NeedCategory.values()[0], "Continued treatment")),
                    inventory.equals("confirmed"), "IOM Ethiopia", LocalDate.of(2026, 1, 10)));
        }
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                new NeedsInventoryGate().refusal(c, LocalDate.of(2026, 6, 1)));
    }
}
