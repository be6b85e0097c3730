package dev.avrr.monitoring.machine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.avrr.platform.problem.Problems;

/**
 * One explicit table of allowed transitions of a state machine, and the one place that applies it: a command
 * from a state the table does not list is a 409 naming the state and the guard; the right state but a role the
 * row does not name is a 403. Each machine of the service (monitoring, plan item, alert, feedback) is one
 * instance of this, declared as a constant next to its states.
 */
public final class TransitionTable<S extends Enum<S>, C extends Enum<C>> {

    /**
     * The role of work done by the service itself (an event consumer, a scheduled job, a consequence of
     * another command). It is not a token role: no HTTP endpoint applies a command with it.
     */
    public static final String SYSTEM = "system";

    /** One allowed transition: this command, from this state, to that state, by one of these roles. */
    public record Transition<S, C>(C command, S from, S to, Set<String> roles) {

        /** The state an entity in {@code current} moves to; a transition taken from another state is a fault. */
        public S takenFrom(S current) {
            if (from != current) {
                throw new IllegalStateException("A transition from " + from + " applied in " + current);
            }
            return to;
        }
    }

    private final String resource;
    private final List<Transition<S, C>> rows;

    private TransitionTable(String resource, List<Transition<S, C>> rows) {
        this.resource = resource;
        this.rows = List.copyOf(rows);
    }

    /** A table of the given rows, for the resource named in refusals ("monitoring", "protection alert"). */
    @SafeVarargs
    public static <S extends Enum<S>, C extends Enum<C>> TransitionTable<S, C> of(String resource,
            Transition<S, C>... rows) {
        return new TransitionTable<>(resource, Arrays.asList(rows));
    }

    public static <S, C> Transition<S, C> row(C command, S from, S to, String... roles) {
        return new Transition<>(command, from, to, Set.of(roles));
    }

    public List<Transition<S, C>> rows() {
        return rows;
    }

    /** Whether the command is allowed from this state, for some role. */
    public boolean allows(C command, S current) {
        return rows.stream().anyMatch(t -> t.command() == command && t.from() == current);
    }

    /**
     * The transition this command makes from the current state for a caller with these roles; 409 if the state
     * does not allow it, 403 if it does but not for these roles.
     */
    public Transition<S, C> apply(C command, S current, Set<String> roles) {
        List<Transition<S, C>> fromHere = rows.stream()
                .filter(t -> t.command() == command && t.from() == current).toList();
        if (fromHere.isEmpty()) {
            throw Problems.stateConflict(resource, current.name(), guard(command));
        }
        return fromHere.stream().filter(t -> t.roles().stream().anyMatch(roles::contains)).findFirst()
                .orElseThrow(() -> Problems.forbidden("In state " + current + " only " + String.join(" or ",
                        fromHere.get(0).roles()) + " may " + name(command) + " this " + resource));
    }

    /** The states a command may start from, as the guard a refusal names. */
    public String guard(C command) {
        List<String> from = rows.stream().filter(t -> t.command() == command).map(t -> t.from().toString())
                .distinct().toList();
        return from.isEmpty() ? "no " + name(command) + " on a " + resource
                : name(command) + " is allowed only from " + String.join(" or ", from);
    }

    private static String name(Enum<?> command) {
        return command.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
