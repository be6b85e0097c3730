package dev.avrr.platform.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.avrr.platform.sharing.SharingTable.Asker;
import dev.avrr.platform.sharing.SharingTable.CaseState;
import dev.avrr.platform.sharing.SharingTable.Row;
import dev.avrr.vocabulary.Roles;

/** The sharing rule as the table of cases, without HTTP; every service runs the same table through its API. */
class SharingRuleTest {

    static Stream<Row> table() {
        return SharingTable.rows().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theRuleAnswersAsTheTable(Row row) {
        Optional<Audience> seenAs = SharingRule.audience(row.asker().viewer(), row.state().facts(), Audience.values());
        assertEquals(row.sees() ? row.asker().audience() : Optional.empty(), seenAs);
    }

    @Test
    void theTableCoversEveryStateAndEveryAsker() {
        List<Row> rows = SharingTable.rows();
        assertEquals(CaseState.values().length * Asker.values().length, rows.size());
        for (CaseState s : CaseState.values()) {
            for (Asker a : Asker.values()) {
                assertEquals(1, rows.stream().filter(r -> r.state() == s && r.asker() == a).count(), s + " × " + a);
            }
        }
    }

    @Test
    void anOperationServesOnlyTheAudiencesItNames() {
        Row missionSees = SharingTable.rows().stream()
                .filter(r -> r.state() == CaseState.HANDED_OVER && r.asker() == Asker.MISSION).findFirst().orElseThrow();
        assertTrue(missionSees.sees());
        assertEquals(200, missionSees.status(Set.of(Roles.MISSION), Audience.MISSION));
        assertEquals(404, missionSees.status(Set.of(Roles.MISSION), Audience.CASEWORKER));
        assertEquals(403, missionSees.status(Set.of(Roles.CASEWORKER), Audience.CASEWORKER));
    }

    @Test
    void aMissionWithoutACountryClaimSeesNothing() {
        Viewer noCountry = new Viewer(Set.of(Roles.MISSION), Optional.of("iom-mission-et"), Optional.empty());
        assertFalse(SharingRule.sees(noCountry, CaseState.HANDED_OVER.facts(), Audience.MISSION));
        assertTrue(SharingRule.condition(noCountry, FactPaths.projection("c"), Audience.MISSION).matchesNothing());
    }

    @Test
    void theListConditionNamesTheSameFacts() {
        FactPaths p = FactPaths.projection("c");
        var mission = SharingRule.condition(Asker.MISSION.viewer(), p, Audience.values());
        assertEquals("((c.countryOfReturn = :shareCountry AND c.sharing.handedOverToMission = true"
                + " AND c.sharing.shareForReturn = true))", mission.jpql());
        assertEquals("ET", mission.parameters().get("shareCountry"));
        var caseworker = SharingRule.condition(Asker.CASEWORKER.viewer(), p, Audience.CASEWORKER, Audience.MISSION);
        assertEquals("(c.office = :shareOffice)", caseworker.jpql());
        assertEquals(SharingRule.Condition.ALL, SharingRule.condition(Asker.FINANCE.viewer(), p, Audience.FINANCE));
        assertTrue(SharingRule.condition(Asker.PARTNER.viewer(), p, Audience.values()).matchesNothing());
        assertEquals("x.caseId IN (SELECT c.caseId FROM GrantCase c WHERE (c.office = :shareOffice))",
                caseworker.onCaseOf("x.caseId", "GrantCase", "c", "c.caseId").jpql());
    }

    @Test
    void conditionsCombineWithTheirParameters() {
        FactPaths p = FactPaths.projection("c");
        var either = SharingRule.condition(Asker.MISSION.viewer(), p, Audience.MISSION)
                .or(SharingRule.condition(Asker.CASEWORKER.viewer(), p, Audience.CASEWORKER));
        assertEquals("(((c.countryOfReturn = :shareCountry AND c.sharing.handedOverToMission = true"
                + " AND c.sharing.shareForReturn = true)) OR (c.office = :shareOffice))", either.jpql());
        assertEquals(java.util.Map.of("shareCountry", "ET", "shareOffice", "iom-oslo"), either.parameters());
    }

    @Test
    void theDocsShowTheTable() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "sharing.md"));
        assertTrue(doc.contains(SharingTable.markdown()), "docs/sharing.md shows SharingTable.markdown()");
    }

    @Test
    void theMarkdownShowsEveryCell() {
        String md = SharingTable.markdown();
        assertEquals(CaseState.values().length + 2, md.strip().split("\n").length);
        assertTrue(Arrays.stream(Asker.values()).allMatch(a -> md.contains(a.name().toLowerCase().replace('_', ' '))));
    }
}
