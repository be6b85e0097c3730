package dev.avrr.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.lifecycle.CaseTransitions;
import dev.avrr.grant.plan.PlanTransitions;
import dev.avrr.monitoring.alerts.AlertTransitions;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.statemachine.TransitionTable.Transition;
import dev.avrr.referral.intake.ReferralTransitions;

/**
 * The state-machine page holds every machine of every service, each with all its states in its diagram and every
 * row of its table, and no service builds a table the page leaves out.
 */
class StateMachinesPageTest {

    private static final String PAGE = Pages.read(StateMachinesPage.FILE);

    @Test
    void everyClassThatBuildsATransitionTableIsOnThePage() {
        Set<String> owners = Machines.owners().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> builders = new TreeSet<>();
        for (Class<?> inService : List.of(ReferralTransitions.class, CaseTransitions.class, PlanTransitions.class,
                AlertTransitions.class)) {
            Path jar = ClassFiles.origin(inService);
            builders.addAll(ClassFiles.callersOf(jar, TransitionTable.class.getName(), "of"));
        }
        assertEquals(owners, builders, "every class of the four services that calls TransitionTable.of is in "
                + "Machines, and nothing else is");
        for (Class<?> owner : Machines.owners()) {
            assertTrue(Machines.all().stream().anyMatch(m -> m.source().startsWith(owner.getName() + ".")),
                    owner.getName() + " has a machine on the page");
        }
    }

    @Test
    void aClassWithATablePerRouteHasAMachinePerRoute() {
        for (Class<?> owner : Machines.owners()) {
            for (Method m : owner.getMethods()) {
                if (m.getName().equals("tableOn") && m.getParameterCount() == 1 && m.getParameterTypes()[0].isEnum()) {
                    for (Object route : m.getParameterTypes()[0].getEnumConstants()) {
                        String source = owner.getName() + ".tableOn(" + route + ")";
                        assertTrue(Machines.all().stream().anyMatch(x -> x.source().equals(source)), source);
                    }
                }
            }
        }
    }

    @Test
    void eachMachineShowsAllItsStatesAndEveryRow() {
        for (Machine m : Machines.all()) {
            String section = Pages.section(PAGE, "### " + m.title());
            assertTrue(section.contains(m.source()), m.title() + " names where it is declared");
            String diagram = Pages.fenced(section, "mermaid");
            assertTrue(diagram.startsWith("stateDiagram-v2\n"), m.title());
            for (String state : m.states()) {
                assertTrue(diagram.matches("(?s).*\\b" + state + "\\b.*"), m.title() + ": state " + state + " in the diagram");
            }
            for (String entry : m.entryStates()) {
                assertTrue(diagram.contains("[*] --> " + entry + "\n"), m.title() + ": entry " + entry);
            }
            assertFalse(m.entryStates().isEmpty(), m.title() + " starts somewhere");
            List<List<String>> rows = Pages.tableRows(section);
            assertEquals(m.rows().size() + 1, rows.size(), m.title() + ": the header and one row per transition");
            for (int i = 0; i < m.rows().size(); i++) {
                Transition<?, ?> t = m.rows().get(i);
                List<String> row = rows.get(i + 1);
                assertEquals(List.of("`" + t.command().name() + "`", t.from().name(), t.to().name(),
                        String.join(", ", t.roles())), row.subList(0, 4), m.title() + " row " + i);
                String label = labelInto(diagram, t.from().name(), t.to().name());
                assertTrue(label != null, m.title() + ": an edge from " + t.from() + " to " + t.to());
                assertTrue(label.matches(".*\\b" + Machine.words(t.command()) + " \\([^)]*\\b"
                        + t.roles().iterator().next() + "\\b.*"), m.title() + ": the edge names " + t.command()
                        + " and its role: " + label);
            }
        }
    }

    /** The label of the edge from one state to another, directly or through a join bar; null if there is none. */
    private static String labelInto(String diagram, String from, String to) {
        for (String line : diagram.split("\n")) {
            String l = line.trim();
            if (l.startsWith(from + " --> " + to + " : ")) {
                return l.substring(l.indexOf(" : ") + 3);
            }
            if (l.startsWith(from + " --> into_")) {
                String join = l.substring(l.indexOf(" --> ") + 5);
                assertTrue(diagram.contains("    state " + join + " <<join>>\n"), join + " is a join");
                for (String other : diagram.split("\n")) {
                    if (other.trim().startsWith(join + " --> " + to + " : ")) {
                        return other.substring(other.indexOf(" : ") + 3);
                    }
                }
            }
        }
        return null;
    }

    @Test
    void everyStateOfEachEnumIsOnTheMachineOrNamedAsNotOnIt() {
        for (Machine m : Machines.all()) {
            String section = Pages.section(PAGE, "### " + m.title());
            for (String state : m.allStates()) {
                assertTrue(section.contains("`" + state + "`"), m.title() + ": " + state);
            }
        }
        Machine plan = Machines.all().stream().filter(m -> m.title().equals("Reintegration plan")).findFirst().orElseThrow();
        assertEquals(Arrays.stream(dev.avrr.grant.plan.PlanStatus.values()).map(Enum::name).toList(), plan.states());
    }

    @Test
    void thePageOnDiskIsWhatTheGeneratorWritesAndTheSameEveryTime() {
        String once = StateMachinesPage.render(Machines.all());
        assertEquals(once, StateMachinesPage.render(Machines.all()));
        assertEquals(once, PAGE, "run ./mvnw -pl deploy/docs-gen package");
    }

    @Test
    void mermaidLabelsHoldNothingThatEndsAStatement() {
        for (String line : Pages.fenced(PAGE, "mermaid").split("\n")) {
            assertFalse(line.contains(";") || line.contains("#"), line);
        }
        for (Machine m : Machines.all()) {
            StateMachinesPage.edges(m).values().forEach(label -> assertFalse(label.matches(".*[;#:{}].*"), label));
        }
    }
}
