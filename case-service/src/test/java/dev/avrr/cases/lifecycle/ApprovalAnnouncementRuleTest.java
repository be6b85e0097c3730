package dev.avrr.cases.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseFiles;
import dev.avrr.cases.casefile.HouseholdMember;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;

/**
 * docs/domain.md#the-swedish-route (Välgrundat beslut): the approval, from which grant-service allocates, is announced
 * once the case is approved, every traveller's age is known and — on the Swedish route — the signed application is
 * on record.
 */
class ApprovalAnnouncementRuleTest {

    @ParameterizedTest(name = "{0}: approved {1}, child's age known {2}, signed {3} → {4}")
    @CsvSource({
            "SE, false, true,  true,  not-approved",
            "SE, true,  true,  false, application-not-signed",
            "SE, true,  false, false, date-of-birth-missing",
            "SE, true,  false, true,  date-of-birth-missing",
            "SE, true,  true,  true,  ''",
            "NO, false, true,  true,  not-approved",
            "NO, true,  false, true,  date-of-birth-missing",
            "NO, true,  true,  true,  ''",
            "NO, true,  true,  false, ''",
    })
    void table(Jurisdiction route, boolean approved, boolean childsAgeKnown, boolean signed, String waitingFor) {
        AvrrCase c = CaseFiles.of(route, route == Jurisdiction.SE ? Programme.SWEDISH_AVRR
                : Programme.VICTIMS_OF_TRAFFICKING, LocalDate.of(1990, 1, 1));
        c.household = List.of(new HouseholdMember(UUID.randomUUID(), HouseholdRelation.CHILD, "Testo", "Fiktivsen",
                childsAgeKnown ? LocalDate.of(2018, 3, 1) : null, null, "M"));
        if (approved) {
            c.approvedAt = OffsetDateTime.parse("2026-01-05T09:00:00Z");
        }
        if (signed) {
            c.applicationSignedOn = LocalDate.of(2026, 1, 6);
        }
        assertEquals(waitingFor.isEmpty() ? Optional.empty() : Optional.of(waitingFor),
                ApprovalAnnouncementRule.waitingFor(c));
    }
}
