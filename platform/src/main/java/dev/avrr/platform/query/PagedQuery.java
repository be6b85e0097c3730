package dev.avrr.platform.query;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;

/**
 * One page of a JPQL query and the count of everything it matches, with the same parameters: the one way a list
 * is read. The count runs first — each statement reads its own snapshot, so a row added in between shows in the
 * page, never in a total the page leaves out.
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * @param select  the select clause, e.g. {@code "SELECT a, c"}
     * @param counted what to count, e.g. {@code "a"}
     * @param from    the from and where clauses
     * @param orderBy the order, which must make the paging stable
     */
    public static <T> Page<T> page(EntityManager em, String select, String counted, String from, String orderBy,
            Map<String, ?> params, PageRequest page, Class<T> type) {
        TypedQuery<Long> count = em.createQuery("SELECT count(" + counted + ") " + from, Long.class);
        TypedQuery<T> rows = em.createQuery(select + " " + from + " " + orderBy, type);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<T> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), total);
    }

    /** {@link #page} where the rows are the entity counted: {@code SELECT x ... } and {@code count(x)}. */
    public static <T> Page<T> page(EntityManager em, String alias, String from, String orderBy, Map<String, ?> params,
            PageRequest page, Class<T> type) {
        return page(em, "SELECT " + alias, alias, from, orderBy, params, page, type);
    }
}
