package dev.avrr.testing.statemachine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.provider.Arguments;

import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.Roles;

/**
 * The cases every state machine's test walks, on any {@link TransitionTable}: every command from a state the table
 * does not list is a 409 naming the state and a guard about the command, whatever the role; an allowed row works
 * for its role; the right state with a role the table does not give the step to is a 403. A test keeps its own
 * rows of allowed transitions, which are the rule as written; what follows from the table (the forbidden pairs)
 * is generated here, so that adding a state or a command cannot leave a pair unchecked.
 * <p>
 * Machines with a table per route walk each route with {@link #onEachRoute}. Where a service refuses through its
 * own entry point rather than the table's {@code apply} (a case names a missing prerequisite before the states it
 * may start from), the overloads that take an {@link Executable} check what the service itself answers.
 */
public final class TransitionTableCases {

    /** Every role a token could hold, and the service's own: a forbidden state is a 409 even for all of them. */
    public static final Set<String> EVERY_ROLE;

    static {
        Set<String> all = new HashSet<>(Roles.ALL);
        all.add(TransitionTable.SYSTEM);
        EVERY_ROLE = Set.copyOf(all);
    }

    private TransitionTableCases() {
    }

    /** Each (command, state) pair the table does not allow, for a parameterized test. */
    public static <S extends Enum<S>, C extends Enum<C>> List<Arguments> forbidden(TransitionTable<S, C> table,
            C[] commands, S[] states) {
        return forbidden(table, Arrays.asList(commands), Arrays.asList(states));
    }

    /** The same over the states a record can be in, where that is fewer than the enum (a route without a step). */
    public static <S extends Enum<S>, C extends Enum<C>> List<Arguments> forbidden(TransitionTable<S, C> table,
            Collection<C> commands, Collection<S> states) {
        List<Arguments> cases = new ArrayList<>();
        for (C command : commands) {
            for (S state : states) {
                if (!table.allows(command, state)) {
                    cases.add(Arguments.of(command, state));
                }
            }
        }
        return cases;
    }

    /** Each route's cases led by the route, (route, command, state), for a machine with one table per route. */
    public static <R> List<Arguments> onEachRoute(R[] routes, Function<R, List<Arguments>> cases) {
        List<Arguments> all = new ArrayList<>();
        for (R route : routes) {
            for (Arguments c : cases.apply(route)) {
                Object[] led = new Object[c.get().length + 1];
                led[0] = route;
                System.arraycopy(c.get(), 0, led, 1, c.get().length);
                all.add(Arguments.of(led));
            }
        }
        return all;
    }

    /**
     * How many (transition, role) pairs the tables hold, which is how many rows a test of allowed transitions has:
     * a transition or a role added to a table without a test row fails the count.
     */
    public static int rolePairs(TransitionTable<?, ?>... tables) {
        return Arrays.stream(tables).flatMap(t -> t.rows().stream()).mapToInt(t -> t.roles().size()).sum();
    }

    /** An allowed row: the table lists it, and this role alone takes it to that state. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertAllowed(TransitionTable<S, C> table, C command,
            S from, String role, S to) {
        assertTrue(table.allows(command, from), () -> command + " from " + from + " is not in the table");
        assertEquals(to, table.apply(command, from, Set.of(role)).to());
    }

    /** A forbidden command, applied to the table itself. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertConflict(TransitionTable<S, C> table, C command,
            S state) {
        assertConflict(table, command, state, () -> table.apply(command, state, EVERY_ROLE));
    }

    /**
     * A forbidden command, applied through the service's entry point for the table: a 409 naming the state and
     * exactly the table's guard, which reads as about this command whatever the service calls it ("record
     * contact", "record_application", "schedule-travel").
     */
    public static <S extends Enum<S>, C extends Enum<C>> void assertConflict(TransitionTable<S, C> table, C command,
            S state, Executable apply) {
        String guard = assertConflict(state, apply);
        assertEquals(table.guard(command), guard);
        String words = words(command.name());
        String read = words(guard);
        assertTrue(read.startsWith(words + " is allowed only from ") || read.startsWith("no " + words + " "), guard);
    }

    /**
     * A forbidden command whose guard the service may word itself: a 409 naming the state and some guard, which is
     * returned for the test to check further.
     */
    public static String assertConflict(Enum<?> state, Executable apply) {
        ProblemException e = assertThrows(ProblemException.class, apply);
        assertEquals(ProblemType.STATE_CONFLICT.status(), e.problem().status);
        assertEquals(state.name(), e.problem().extensions().get("state"));
        String guard = assertInstanceOf(String.class, e.problem().extensions().get("guard"));
        assertFalse(guard.isBlank());
        return guard;
    }

    /** The right state but a role no row from it names, applied to the table itself. */
    public static <S extends Enum<S>, C extends Enum<C>> void assertForbiddenRole(TransitionTable<S, C> table,
            C command, S state, String role) {
        assertForbiddenRole(table, command, state, () -> table.apply(command, state, Set.of(role)));
    }

    /**
     * The same through the service's entry point: a 403, and the table does list the step from this state, so the
     * refusal is about the role and not a 409 in disguise.
     */
    public static <S extends Enum<S>, C extends Enum<C>> void assertForbiddenRole(TransitionTable<S, C> table,
            C command, S state, Executable apply) {
        assertTrue(table.allows(command, state), () -> command + " from " + state + " is not in the table");
        ProblemException e = assertThrows(ProblemException.class, apply);
        assertEquals(403, e.problem().status);
    }

    private static String words(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
