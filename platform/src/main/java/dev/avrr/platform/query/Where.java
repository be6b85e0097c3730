package dev.avrr.platform.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import dev.avrr.platform.sharing.SharingRule;

/**
 * A list's where clause and its parameters, built from the caller's scope and the filters the caller gave: a filter
 * left out (null) adds nothing.
 */
public final class Where {

    private final StringBuilder jpql;
    private final Map<String, Object> parameters;

    private Where(String condition, Map<String, ?> parameters) {
        this.jpql = new StringBuilder(condition);
        this.parameters = new HashMap<>(parameters);
    }

    /** Rows within the caller's scope (the sharing rule's condition). */
    public static Where within(SharingRule.Condition scope) {
        return new Where(scope.jpql(), scope.parameters());
    }

    /** Rows that meet a condition that always applies, with its parameters. */
    public static Where of(String condition, Map<String, ?> parameters) {
        return new Where(condition, parameters);
    }

    /** Adds {@code clause} with {@code value} bound to {@code name}, unless the filter was left out. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            jpql.append(" AND ").append(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds the caller's scope (the sharing rule's condition) to a clause that joins what it needs first. */
    public Where and(SharingRule.Condition scope) {
        jpql.append(" AND ").append(scope.jpql());
        parameters.putAll(scope.parameters());
        return this;
    }

    /** Adds a condition that takes no parameter. */
    public Where and(String clause) {
        jpql.append(" AND ").append(clause);
        return this;
    }

    /** {@code " WHERE …"}, to follow the from clause. */
    public String clause() {
        return " WHERE " + jpql;
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
