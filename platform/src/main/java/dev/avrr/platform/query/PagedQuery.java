package dev.avrr.monitoring.common;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;

/** One page of a JPQL query and the count of everything it matches, with the same parameters. */
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
            Map<String, Object> params, PageRequest page, Class<T> type) {
        TypedQuery<Long> count = em.createQuery("SELECT count(" + counted + ") " + from, Long.class);
        TypedQuery<T> rows = em.createQuery(select + " " + from + " " + orderBy, type);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult(); // counted first: the page then holds every row counted
        List<T> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, page.page(), page.size(), total);
    }
}
