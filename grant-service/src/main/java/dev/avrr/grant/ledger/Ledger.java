package dev.avrr.grant.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.time.Now;

/**
 * Writes balanced transactions to an entitlement's ledger and reads balances from it. Callers hold the row
 * lock of the entitlement while they check a balance and write, so two requests (in one instance or two)
 * never both spend the same money.
 */
@ApplicationScoped
public class Ledger {

    /** Money moving from one account and category to another, within one entitlement. */
    public record Move(BigDecimal amount, Account from, String fromCategory, Account to, String toCategory) {

        public static Move within(String category, Account from, Account to, BigDecimal amount) {
            return new Move(amount, from, category, to, category);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Actor actor;

    /** Writes one transaction of the given moves; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(UUID entitlementId, String currency, EntryType type, UUID reference, List<Move> moves) {
        UUID transaction = UUID.randomUUID();
        OffsetDateTime now = Now.time();
        String actor = this.actor.subject();
        for (Move m : moves) {
            if (m.amount().signum() <= 0) {
                throw new IllegalArgumentException("A ledger move is a positive amount");
            }
            em.persist(entry(transaction, entitlementId, type, m.to(), m.toCategory(), m.amount(), currency, reference,
                    null, now, actor));
            em.persist(entry(transaction, entitlementId, type, m.from(), m.fromCategory(), m.amount().negate(),
                    currency, reference, null, now, actor));
        }
        em.flush();
        return transaction;
    }

    /** Writes the exact opposite of a transaction, which stays as it was; returns the reversal's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID reverse(UUID transactionId, UUID reference) {
        List<LedgerEntry> original = em.createQuery("SELECT e FROM LedgerEntry e WHERE e.transactionId = :t ORDER BY e.id",
                LedgerEntry.class).setParameter("t", transactionId).getResultList();
        if (original.isEmpty()) {
            throw new IllegalArgumentException("No ledger transaction to reverse");
        }
        long reversed = em.createQuery("SELECT count(e) FROM LedgerEntry e WHERE e.reversesTransaction = :t", Long.class)
                .setParameter("t", transactionId).getSingleResult();
        if (reversed > 0) {
            throw new IllegalStateException("The ledger transaction was reversed already");
        }
        UUID transaction = UUID.randomUUID();
        OffsetDateTime now = Now.time();
        String actor = this.actor.subject();
        for (LedgerEntry e : original) {
            em.persist(entry(transaction, e.entitlementId, EntryType.REVERSAL, e.account, e.category, e.amount.negate(),
                    e.currency, reference, transactionId, now, actor));
        }
        em.flush();
        return transaction;
    }

    /** Every category's figures for one entitlement, in the order the codes are given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, CategoryBalance> balances(UUID entitlementId, List<String> categories) {
        Map<String, CategoryBalance> result = new LinkedHashMap<>();
        categories.forEach(c -> result.put(c, CategoryBalance.empty(c)));
        for (Object[] row : figures("e.id = ?1", List.of(entitlementId))) {
            CategoryBalance b = balance(row);
            result.merge(b.category(), b, CategoryBalance::plus);
        }
        return result;
    }

    /** The figures per currency and category over many entitlements, chosen by a SQL condition on {@code e}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Object[]> figures(String condition, List<Object> parameters) {
        var query = em.createNativeQuery("SELECT l.category, l.currency, "
                + "coalesce(sum(l.amount) FILTER (WHERE l.account = 'AVAILABLE' AND l.entry_type = 'ALLOCATION'), 0), "
                + "coalesce(sum(l.amount) FILTER (WHERE l.account = 'AVAILABLE' AND l.entry_type = 'CONVERSION' AND l.amount > 0), 0), "
                + "coalesce(-sum(l.amount) FILTER (WHERE l.account = 'AVAILABLE' AND l.entry_type = 'CONVERSION' AND l.amount < 0), 0), "
                + "coalesce(sum(l.amount) FILTER (WHERE l.account = 'RESERVED'), 0), "
                + "coalesce(sum(l.amount) FILTER (WHERE l.account = 'DISBURSED'), 0), "
                + "coalesce(sum(l.amount) FILTER (WHERE l.account = 'AVAILABLE'), 0) "
                + "FROM ledger_entry l JOIN entitlement e ON e.id = l.entitlement_id WHERE " + condition
                + " GROUP BY l.category, l.currency ORDER BY l.currency, l.category");
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** A row of {@link #figures} as a balance (the currency column is skipped). */
    public static CategoryBalance balance(Object[] row) {
        return new CategoryBalance((String) row[0], decimal(row[2]), decimal(row[3]), decimal(row[4]), decimal(row[5]),
                decimal(row[6]), decimal(row[7]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Page<LedgerEntry> entries(UUID entitlementId, PageRequest page) {
        return PagedQuery.page(em, "e", "FROM LedgerEntry e WHERE e.entitlementId = :id", "ORDER BY e.id",
                Map.of("id", entitlementId), page, LedgerEntry.class);
    }

    /** Every entry of an entitlement's ledger, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LedgerEntry> entries(UUID entitlementId) {
        return em.createQuery("SELECT e FROM LedgerEntry e WHERE e.entitlementId = :id ORDER BY e.id", LedgerEntry.class)
                .setParameter("id", entitlementId).getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return ((BigDecimal) value).setScale(2);
    }

    private static LedgerEntry entry(UUID transaction, UUID entitlementId, EntryType type, Account account,
            String category, BigDecimal amount, String currency, UUID reference, UUID reverses, OffsetDateTime at,
            String actor) {
        LedgerEntry e = new LedgerEntry();
        e.transactionId = transaction;
        e.entitlementId = entitlementId;
        e.entryType = type;
        e.account = account;
        e.category = category;
        e.amount = amount;
        e.currency = currency;
        e.referenceId = reference;
        e.reversesTransaction = reverses;
        e.recordedAt = at;
        e.recordedBy = actor;
        return e;
    }
}
