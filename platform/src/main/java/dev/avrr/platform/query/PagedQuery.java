package dev.avrr.platform.query;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;

/**
 * One page of a JPQL query and the count of what it matches, with the same parameters: the one way a list is read.
 * The page is read first, in the list's order (which an index of the table should serve). A page that is not full
 * ends the list, so its total needs no count; otherwise the rows are counted up to {@link Page#COUNT_LIMIT} past the
 * page's start and no further, so that reading a page costs the same however long the list (a longer list answers
 * that limit, marked {@code totalItemsCapped}).
 */
public final class PagedQuery {

    private PagedQuery() {
    }

    /**
     * @param select  the select clause, e.g. {@code "SELECT a, c"}
     * @param from    the from and where clauses
     * @param orderBy the order, which must make the paging stable
     */
    public static <T> Page<T> select(EntityManager em, String select, String from, String orderBy,
            Map<String, ?> params, PageRequest page, Class<T> type) {
        TypedQuery<T> rows = em.createQuery(select + " " + from + " " + orderBy, type);
        params.forEach(rows::setParameter);
        List<T> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        if (found.size() < page.size() && (!found.isEmpty() || page.offset() == 0)) {
            return new Page<>(found, page.page(), page.size(), page.offset() + found.size());
        }
        long limit = (long) page.offset() + Page.COUNT_LIMIT;
        TypedQuery<Long> count = em.createQuery(
                "SELECT count(*) FROM (SELECT 1 AS one " + from + " ORDER BY 1 LIMIT " + (limit + 1) + ") counted", Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        return total > limit ? new Page<>(found, page.page(), page.size(), limit, true)
                : new Page<>(found, page.page(), page.size(), total);
    }

    /** {@link #select} where each row is the entity: {@code SELECT x ...}. */
    public static <T> Page<T> page(EntityManager em, String alias, String from, String orderBy, Map<String, ?> params,
            PageRequest page, Class<T> type) {
        return select(em, "SELECT " + alias, from, orderBy, params, page, type);
    }
}
