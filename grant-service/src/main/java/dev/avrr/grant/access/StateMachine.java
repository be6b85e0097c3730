package dev.avrr.grant.access;

import java.util.List;
import java.util.Set;

import dev.avrr.platform.problem.Problems;

/**
 * One table of allowed transitions and the one place that applies it: a command from a state the table does
 * not list is a 409 naming the state and the guard; the right state but the wrong role is a 403.
 */
public final class StateMachine<S extends Enum<S>, C extends Enum<C>> {

    /** One allowed transition: this command, from this state, by this role, to that state. */
    public record Transition<S, C>(C command, S from, S to, String role) {
    }

    private final String resource;
    private final List<Transition<S, C>> table;

    public StateMachine(String resource, List<Transition<S, C>> table) {
        this.resource = resource;
        this.table = List.copyOf(table);
    }

    public static <S, C> Transition<S, C> row(C command, S from, S to, String role) {
        return new Transition<>(command, from, to, role);
    }

    public List<Transition<S, C>> table() {
        return table;
    }

    /** The transition the command makes from {@code current} for a caller with these roles. */
    public Transition<S, C> apply(C command, S current, Set<String> roles) {
        List<Transition<S, C>> fromHere = table.stream().filter(t -> t.command() == command && t.from() == current)
                .toList();
        if (fromHere.isEmpty()) {
            throw Problems.stateConflict(resource, current.name(), guard(command));
        }
        return fromHere.stream().filter(t -> roles.contains(t.role())).findFirst()
                .orElseThrow(() -> Problems.forbidden("In state " + current + " only the "
                        + String.join(" or ", fromHere.stream().map(Transition::role).distinct().toList()) + " may "
                        + name(command) + " this " + resource));
    }

    /** The states a command may start from, as the guard a refusal names. */
    public String guard(C command) {
        List<String> from = table.stream().filter(t -> t.command() == command).map(t -> t.from().name()).distinct()
                .toList();
        return name(command) + " is allowed only from " + String.join(" or ", from);
    }

    private static String name(Enum<?> command) {
        return command.name().toLowerCase();
    }
}
