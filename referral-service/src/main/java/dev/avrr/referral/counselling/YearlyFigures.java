package dev.avrr.referral.counselling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.statistics.Tally;

/**
 * The figures a reception centre reports each year (docs/domain.md#yearly-figures, "Veien videre – 5 EM mottak 2015"): return
 * conversations held with minors, the minors reached (by sex), and how many of them applied to IOM, travelled,
 * were returned by force or disappeared that year. A resident counts as a minor on the day of the conversation.
 * Counts only: no person is named, and every figure is shown through the platform's suppression (see
 * {@code docs/statistics.md}).
 */
@ApplicationScoped
public class YearlyFigures {

    static final String RESOURCE = "counselling-figures";

    /** Reached minors of a centre in the year, as a subquery. */
    private static final String REACHED_IDS = "SELECT DISTINCT r.id FROM resident r JOIN return_conversation c "
            + "ON c.resident_id = r.id WHERE c.held_on >= :from AND c.held_on < :to AND c.with_minor";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * One centre's figures, or the total, as shown: "0", the number, "&lt;5" for 1 to 4, or "suppressed" where the
     * figure would reveal such a count (minors reached when one sex is 1 to 4; a total when a centre's is).
     */
    @Schema(name = "CentreFigures")
    public record Figures(String centre, String conversations, String minorsReached, String girls, String boys,
            String otherOrUnknownSex, String appliedToIom, String travelled, String returnedByForce,
            String disappeared) {
    }

    @Schema(name = "YearlyFigures")
    public record Report(int year, List<Figures> centres, Figures total) {
    }

    /** Slots of a centre's raw counts. */
    static final int CONVERSATIONS = 0, REACHED = 1, GIRLS = 2, BOYS = 3, OTHER = 4, APPLIED = 5;
    private static final int SLOTS = 9;

    /** The year's figures of the given centres, or of every centre when {@code centre} is null, as shown. */
    @Transactional
    public Report of(int year, String centre) {
        Map<String, long[]> byCentre = counts(year, centre);
        List<Figures> centres = new ArrayList<>();
        Tally[] total = new Tally[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            total[i] = new Tally();
        }
        byCentre.forEach((name, f) -> {
            Tally[] own = new Tally[SLOTS];
            for (int i = 0; i < SLOTS; i++) {
                // Minors reached is the sum of the three sexes: kept as three cells, so a small one suppresses it.
                own[i] = i == REACHED ? new Tally().add("girls", f[GIRLS]).add("boys", f[BOYS]).add("other", f[OTHER])
                        : new Tally().add("all", f[i]);
                total[i].with(name, own[i]);
            }
            centres.add(shown(name, own));
        });
        audit.success(AuditTrail.READ, RESOURCE, centre == null ? Integer.toString(year) : centre + ":" + year);
        return new Report(year, centres, shown(null, total));
    }

    private static Figures shown(String centre, Tally[] t) {
        return new Figures(centre, t[0].shown(), t[1].shown(), t[2].shown(), t[3].shown(), t[4].shown(), t[5].shown(),
                t[6].shown(), t[7].shown(), t[8].shown());
    }

    /**
     * The raw counts per centre, in the slots conversations, reached, girls, boys, other, applied, travelled,
     * returned by force, disappeared; never shown as they are.
     */
    @Transactional
    Map<String, long[]> counts(int year, String centre) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, long[]> byCentre = new TreeMap<>();
        String only = centre == null ? "" : " AND r.centre_org = :centre";
        for (Object[] row : rows("SELECT r.centre_org, count(*) FROM return_conversation c JOIN resident r "
                + "ON r.id = c.resident_id WHERE c.held_on >= :from AND c.held_on < :to AND c.with_minor" + only
                + " GROUP BY r.centre_org",
                from, to, centre)) {
            slot(byCentre, row)[CONVERSATIONS] = number(row[1]);
        }
        for (Object[] row : rows("SELECT r.centre_org, r.sex, count(*) FROM resident r WHERE r.id IN (" + REACHED_IDS
                + ")" + only + " GROUP BY r.centre_org, r.sex", from, to, centre)) {
            long[] f = slot(byCentre, row);
            long n = number(row[2]);
            f[REACHED] += n;
            switch (String.valueOf(row[1])) {
                case "FEMALE" -> f[GIRLS] += n;
                case "MALE" -> f[BOYS] += n;
                default -> f[OTHER] += n;
            }
        }
        for (Object[] row : rows("SELECT r.centre_org, o.kind, count(DISTINCT r.id) FROM resident_outcome o JOIN "
                + "resident r ON r.id = o.resident_id WHERE o.occurred_on >= :from AND o.occurred_on < :to "
                + "AND r.id IN (" + REACHED_IDS + ")" + only + " GROUP BY r.centre_org, o.kind", from, to, centre)) {
            long[] f = slot(byCentre, row);
            f[APPLIED + ResidentOutcome.Kind.valueOf(String.valueOf(row[1])).ordinal()] = number(row[2]);
        }
        return byCentre;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to, String centre) {
        var query = em.createNativeQuery(sql).setParameter("from", from).setParameter("to", to);
        if (centre != null) {
            query.setParameter("centre", centre);
        }
        return query.getResultList();
    }

    private static long[] slot(Map<String, long[]> byCentre, Object[] row) {
        return byCentre.computeIfAbsent(String.valueOf(row[0]), k -> new long[SLOTS]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
