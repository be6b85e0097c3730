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

/**
 * The figures a reception centre reports each year (seed 004, "Veien videre – 5 EM mottak 2015"): return
 * conversations held with minors, the minors reached (by sex), and how many of them applied to IOM, travelled,
 * were returned by force or disappeared that year. A resident counts as a minor on the day of the conversation.
 * Counts only: no person is named.
 */
@ApplicationScoped
public class YearlyFigures {

    static final String RESOURCE = "counselling-figures";

    /** Reached minors of a centre in the year, as a subquery. */
    private static final String REACHED = "SELECT DISTINCT r.id FROM resident r JOIN return_conversation c "
            + "ON c.resident_id = r.id WHERE c.held_on >= :from AND c.held_on < :to "
            + "AND c.held_on < r.date_of_birth + INTERVAL '18 years'";

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Schema(name = "CentreFigures")
    public record Figures(String centre, long conversations, long minorsReached, long girls, long boys,
            long otherOrUnknownSex, long appliedToIom, long travelled, long returnedByForce, long disappeared) {

        Figures plus(Figures o) {
            return new Figures(null, conversations + o.conversations, minorsReached + o.minorsReached,
                    girls + o.girls, boys + o.boys, otherOrUnknownSex + o.otherOrUnknownSex,
                    appliedToIom + o.appliedToIom, travelled + o.travelled, returnedByForce + o.returnedByForce,
                    disappeared + o.disappeared);
        }
    }

    @Schema(name = "YearlyFigures")
    public record Report(int year, List<Figures> centres, Figures total) {
    }

    /** The year's figures of the given centres, or of every centre when {@code centre} is null. */
    @Transactional
    public Report of(int year, String centre) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        Map<String, long[]> byCentre = new TreeMap<>();
        String only = centre == null ? "" : " AND r.centre_org = :centre";
        // [conversations, reached, girls, boys, other, applied, travelled, forced, disappeared]
        for (Object[] row : rows("SELECT r.centre_org, count(*) FROM return_conversation c JOIN resident r "
                + "ON r.id = c.resident_id WHERE c.held_on >= :from AND c.held_on < :to "
                + "AND c.held_on < r.date_of_birth + INTERVAL '18 years'" + only + " GROUP BY r.centre_org",
                from, to, centre)) {
            slot(byCentre, row)[0] = number(row[1]);
        }
        for (Object[] row : rows("SELECT r.centre_org, r.sex, count(*) FROM resident r WHERE r.id IN (" + REACHED
                + ")" + only + " GROUP BY r.centre_org, r.sex", from, to, centre)) {
            long[] f = slot(byCentre, row);
            long n = number(row[2]);
            f[1] += n;
            switch (String.valueOf(row[1])) {
                case "FEMALE" -> f[2] += n;
                case "MALE" -> f[3] += n;
                default -> f[4] += n;
            }
        }
        for (Object[] row : rows("SELECT r.centre_org, o.kind, count(DISTINCT r.id) FROM resident_outcome o JOIN "
                + "resident r ON r.id = o.resident_id WHERE o.occurred_on >= :from AND o.occurred_on < :to "
                + "AND r.id IN (" + REACHED + ")" + only + " GROUP BY r.centre_org, o.kind", from, to, centre)) {
            long[] f = slot(byCentre, row);
            int index = 5 + ResidentOutcome.Kind.valueOf(String.valueOf(row[1])).ordinal();
            f[index] = number(row[2]);
        }
        List<Figures> centres = new ArrayList<>();
        Figures total = new Figures(null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (Map.Entry<String, long[]> e : byCentre.entrySet()) {
            long[] f = e.getValue();
            Figures figures = new Figures(e.getKey(), f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]);
            centres.add(figures);
            total = total.plus(figures);
        }
        audit.success(AuditTrail.READ, RESOURCE, centre == null ? Integer.toString(year) : centre + ":" + year);
        return new Report(year, centres, total);
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
        return byCentre.computeIfAbsent(String.valueOf(row[0]), k -> new long[9]);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
