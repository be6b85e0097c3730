package dev.avrr.platform.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class OrganisationTest {

    /** Who may follow a return to Ethiopia: every kind, at home (Norway) and in the country of return. */
    @Test
    void theReturnIsNeverToldToThePoliceNorToTheAuthoritiesOfTheCountryOfReturn() {
        Map<OrganisationKind, boolean[]> expected = Map.of(
                OrganisationKind.NGO, new boolean[] { true, true },
                OrganisationKind.MUNICIPALITY, new boolean[] { true, false },
                OrganisationKind.RECEPTION_CENTRE, new boolean[] { true, true },
                OrganisationKind.COORDINATOR, new boolean[] { true, false },
                OrganisationKind.MIGRATION_AGENCY, new boolean[] { true, false },
                OrganisationKind.POLICE, new boolean[] { false, false },
                OrganisationKind.IOM_OFFICE, new boolean[] { true, true },
                OrganisationKind.MISSION, new boolean[] { true, true },
                OrganisationKind.UDI, new boolean[] { true, false });
        assertEquals(OrganisationKind.values().length, expected.size(), "every kind is in the table");
        expected.forEach((kind, answers) -> {
            assertEquals(answers[0], new Organisation("o", kind, "NO", null).mayFollowTheReturnTo("ET"),
                    kind + " in Norway");
            assertEquals(answers[1], new Organisation("o", kind, "ET", null).mayFollowTheReturnTo("ET"),
                    kind + " in the country of return");
        });
    }

    @Test
    void anOrganisationNeedsAnIdAKindAndACountry() {
        assertThrows(IllegalArgumentException.class, () -> new Organisation(" ", OrganisationKind.NGO, "NO", null));
        assertThrows(IllegalArgumentException.class, () -> new Organisation("x", null, "NO", null));
        assertThrows(IllegalArgumentException.class, () -> new Organisation("x", OrganisationKind.NGO, "NOR", null));
        assertThrows(IllegalStateException.class, () -> OrganisationRegistry.index(List.of(
                new Organisation("x", OrganisationKind.NGO, "NO", null),
                new Organisation("x", OrganisationKind.POLICE, "NO", null))));
    }

    @Test
    void theShippedRegistryIsReadableAndHoldsEveryKindOfTheLocalStack() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OrganisationRegistry.SHIPPED)) {
            List<Organisation> all = new ObjectMapper().readValue(in, new TypeReference<List<Organisation>>() {
            });
            Map<String, Organisation> index = OrganisationRegistry.index(all);
            assertEquals(OrganisationKind.POLICE, index.get("politi-fiktivdistrikt").kind());
            assertEquals(OrganisationKind.MISSION, index.get("iom-mission-et").kind());
            assertEquals("ET", index.get("iom-mission-et").country());
        }
    }
}
