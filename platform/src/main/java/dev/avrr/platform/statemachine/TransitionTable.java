package dev.avrr.platform.statemachine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import dev.avrr.platform.problem.Problems;

/**
 * One explicit table of allowed transitions of a state machine, and the one place that applies it: a command
 * from a state the table does not list is a 409 naming the state and the guard ("submit is allowed only from
 * DRAFT or RETURNED"); the right state but a role no row from it names is a 403. Every machine of every service
 * is an instance of this, declared as a constant next to its states. What a machine needs beyond this (a route,
 * a history step, guards on the record's data) it keeps in its own types around the table, so that deciding
 * between 409, 403 and the transition stays here.
 * <p>
 * The words of the refusals are part of each service's API (clients and tests read the guard), and they differ
 * between services; {@link #commandsNamed}, {@link #scope} and {@link #rolesNamed} set them per table.
 */
public final class TransitionTable<S extends Enum<S>, C extends Enum<C>> {

    /**
     * The role of work done by a service itself (an event consumer, a scheduled job, a consequence of another
     * command). It is not a token role: no HTTP endpoint applies a command with it.
     */
    public static final String SYSTEM = "system";

    /** "the mission or caseworker": how a 403 names the roles allowed, unless a table says otherwise. */
    public static final Function<List<String>, String> THE_ROLES = roles -> "the " + String.join(" or ", roles);

    /** "mission or caseworker". */
    public static final Function<List<String>, String> BARE_ROLES = roles -> String.join(" or ", roles);

    /**
     * One allowed transition: this command, from this state, to that state, by one of these roles. The roles keep
     * their order, so a refusal that names them reads the same on every run.
     */
    public record Transition<S extends Enum<S>, C extends Enum<C>>(C command, S from, S to, Set<String> roles) {

        public Transition {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("A transition nobody may take: " + command + " from " + from);
            }
            roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
        }

        /** The state a record in {@code current} moves to; a transition taken from another state is a fault. */
        public S takenFrom(S current) {
            if (from != current) {
                throw new IllegalStateException("A transition from " + from + " applied in " + current);
            }
            return to;
        }
    }

    private final String resource;
    private final List<Transition<S, C>> rows;
    private final Function<? super C, String> commandName;
    private final String scope;
    private final Function<List<String>, String> roleNames;

    private TransitionTable(String resource, List<Transition<S, C>> rows, Function<? super C, String> commandName,
            String scope, Function<List<String>, String> roleNames) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.rows = List.copyOf(rows);
        this.commandName = Objects.requireNonNull(commandName, "commandName");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.roleNames = Objects.requireNonNull(roleNames, "roleNames");
    }

    /** A table of the given rows, for the resource named in refusals ("plan", "protection alert"). */
    @SafeVarargs
    public static <S extends Enum<S>, C extends Enum<C>> TransitionTable<S, C> of(String resource,
            Transition<S, C>... rows) {
        List<Transition<S, C>> list = new ArrayList<>(rows.length);
        for (Transition<S, C> row : rows) {
            list.add(row);
        }
        return of(resource, list);
    }

    /** A table of the given rows, in their order: a guard lists the states a command starts from in this order. */
    public static <S extends Enum<S>, C extends Enum<C>> TransitionTable<S, C> of(String resource,
            List<Transition<S, C>> rows) {
        return new TransitionTable<>(resource, rows, TransitionTable::lowerCaseWords, "on a " + resource, THE_ROLES);
    }

    public static <S extends Enum<S>, C extends Enum<C>> Transition<S, C> row(C command, S from, S to,
            String... roles) {
        return new Transition<>(command, from, to, new LinkedHashSet<>(Arrays.asList(roles)));
    }

    /** This table with commands named otherwise in refusals; by default {@code RECORD_CONTACT} is "record contact". */
    public TransitionTable<S, C> commandsNamed(Function<? super C, String> naming) {
        return new TransitionTable<>(resource, rows, naming, scope, roleNames);
    }

    /**
     * This table with another scope in the guard of a command it never allows, "no submit-to-udi on the SE route";
     * by default "on a " and the resource.
     */
    public TransitionTable<S, C> scope(String where) {
        return new TransitionTable<>(resource, rows, commandName, where, roleNames);
    }

    /** This table with the roles allowed named otherwise in a 403; by default {@link #THE_ROLES}. */
    public TransitionTable<S, C> rolesNamed(Function<List<String>, String> naming) {
        return new TransitionTable<>(resource, rows, commandName, scope, naming);
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
     * does not allow it, 403 if it does but not for these roles. Where several rows leave the state, the first
     * whose roles the caller holds is taken.
     */
    public Transition<S, C> apply(C command, S current, Set<String> roles) {
        List<Transition<S, C>> fromHere = rows.stream()
                .filter(t -> t.command() == command && t.from() == current).toList();
        if (fromHere.isEmpty()) {
            throw Problems.stateConflict(resource, current.name(), guard(command));
        }
        return fromHere.stream().filter(t -> t.roles().stream().anyMatch(roles::contains)).findFirst()
                .orElseThrow(() -> Problems.forbidden("In state " + current + " only "
                        + roleNames.apply(fromHere.stream().flatMap(t -> t.roles().stream()).distinct().toList())
                        + " may " + commandName.apply(command) + " this " + resource));
    }

    /** The states a command may start from, as the guard a refusal names. */
    public String guard(C command) {
        List<String> from = rows.stream().filter(t -> t.command() == command).map(t -> t.from().name())
                .distinct().toList();
        String name = commandName.apply(command);
        return from.isEmpty() ? "no " + name + " " + scope
                : name + " is allowed only from " + String.join(" or ", from);
    }

    private static String lowerCaseWords(Enum<?> command) {
        return command.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
