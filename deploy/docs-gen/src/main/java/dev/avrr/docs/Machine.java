package dev.avrr.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.platform.statemachine.TransitionTable.Transition;

/**
 * One state machine as the page shows it: a service's {@link TransitionTable}, where it is declared, and the
 * columns its service keeps beside the table (a history step, guards). States and entries are read from the
 * table's rows; {@code entries} names where a record starts only where the rows cannot tell (every state has a
 * way in from another one).
 */
public record Machine(String service, String title, String source, String about, TransitionTable<?, ?> table,
        List<Column> columns, List<String> entries) {

    /** A column beside command, from, to and roles: its heading and its value for one row. */
    public record Column(String heading, Function<Transition<?, ?>, String> value) {
    }

    public Machine {
        if (table.rows().isEmpty()) {
            throw new IllegalArgumentException("An empty table: " + source);
        }
        columns = List.copyOf(columns);
        entries = List.copyOf(entries);
    }

    public List<? extends Transition<?, ?>> rows() {
        return table.rows();
    }

    /** Every constant of the state enum, in declaration order. */
    public List<String> allStates() {
        Enum<?> any = rows().get(0).from();
        return Arrays.stream(any.getDeclaringClass().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    }

    /** The states the rows (and declared entries) use, in the enum's order. */
    public List<String> states() {
        Set<String> used = new LinkedHashSet<>(entries);
        rows().forEach(r -> {
            used.add(r.from().name());
            used.add(r.to().name());
        });
        return allStates().stream().filter(used::contains).toList();
    }

    /** Constants of the state enum that no row of this table uses (another route's states). */
    public List<String> statesNotUsed() {
        List<String> used = states();
        return allStates().stream().filter(s -> !used.contains(s)).toList();
    }

    /** Where a record starts: as declared, or else the states no transition from another state leads into. */
    public List<String> entryStates() {
        if (!entries.isEmpty()) {
            return entries;
        }
        Set<String> reached = new LinkedHashSet<>();
        rows().stream().filter(r -> r.from() != r.to()).forEach(r -> reached.add(r.to().name()));
        return states().stream().filter(s -> !reached.contains(s)).toList();
    }

    /** Where a record stays: states no transition leaves for another state. */
    public List<String> finalStates() {
        Set<String> leaving = new LinkedHashSet<>();
        rows().stream().filter(r -> r.from() != r.to()).forEach(r -> leaving.add(r.from().name()));
        return states().stream().filter(s -> !leaving.contains(s)).toList();
    }

    /** The command as the diagram says it: {@code RECORD_CONTACT} is "record contact". */
    static String words(Enum<?> command) {
        return command.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The roles of a row, in the row's order. */
    static List<String> roles(Transition<?, ?> row) {
        return new ArrayList<>(row.roles());
    }
}
