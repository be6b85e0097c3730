package dev.avrr.platform.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.avrr.platform.sharing.SharingRule;

/**
 * A list's where clause and its parameters, built from the caller's scope and the filters the caller gave: a filter
 * left out (null) adds nothing. Each {@code and} adds to this one; {@link #copy} first to keep it.
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

    /** Adds {@code clause} with the parameters it names. */
    public Where and(String clause, Map<String, ?> clauseParameters) {
        jpql.append(" AND ").append(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    /** Adds a condition that takes no parameter. */
    public Where and(String clause) {
        jpql.append(" AND ").append(clause);
        return this;
    }

    /** A copy to add to: a where clause kept for later queries (a stream's scope) stays as it was. */
    public Where copy() {
        return new Where(jpql.toString(), parameters);
    }

    /** The query {@code selectFrom} (a select and from clause) under this where clause, its parameters bound. */
    public <T> TypedQuery<T> query(EntityManager em, String selectFrom, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + clause(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** {@code " WHERE …"}, to follow the from clause. */
    public String clause() {
        return " WHERE " + jpql;
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
