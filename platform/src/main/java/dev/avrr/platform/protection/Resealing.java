package dev.avrr.platform.protection;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Seals again, for their place, the values a protected column holds in an older form
 * (docs/data-protection.md#keys-of-the-person): sealed with a key of the service that is no longer the active one,
 * sealed before values had places, or kept in clear before the column was protected (marked {@code v0:} by the
 * migration that protected it). A person's value is sealed with its subject's key, or the service's if the subject
 * was erased. A column found holding none is recorded for the active key ({@code sealed_place}) and not read again
 * until another key becomes active. Run by {@link KeyRotation}, a batch per transaction in the order of the rows' ids;
 * a row written meanwhile is left to its writer. A value that does not open (tampered, or sealed with a key no longer
 * configured) is left as it is, its place logged, and the rest sealed; its column is read again at the next run.
 */
@ApplicationScoped
public class Resealing {

    private static final Logger LOG = Logger.getLogger(Resealing.class);
    static final int BATCH = 500;

    /** Resolved only where there are protected columns: the platform's own probe application has no persistence unit. */
    @Inject
    Instance<EntityManager> em;

    @Inject
    AtRestCipher cipher;

    /** Seals again every value of an older form; how many. */
    public int run() {
        List<ProtectedColumns.Where> columns = ProtectedColumns.columns();
        if (columns.isEmpty()) {
            return 0;
        }
        String active = cipher.activeKeyId();
        int total = 0;
        for (ProtectedColumns.Where column : columns) {
            if (QuarkusTransaction.requiringNew().call(() -> checked(column, active))) {
                continue;
            }
            Statements statements = new Statements(column);
            Batch batch = new Batch(null, 0, 0, 0);
            int unopened = 0;
            do {
                Object[] after = batch.last();
                batch = QuarkusTransaction.requiringNew().call(() -> resealBatch(statements, active, after));
                total += batch.resealed();
                unopened += batch.unopened();
            } while (batch.found() == BATCH);
            if (unopened > 0) {
                // The column is not recorded as clean: the next rotation reads it again, once the key is configured
                // or the value mended.
                LOG.errorf("%d values of %s.%s did not open and were left as they are", unopened, column.table(),
                        column.column());
                continue;
            }
            QuarkusTransaction.requiringNew().run(() -> em.get()
                    .createNativeQuery("INSERT INTO sealed_place (place, key_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, column.place()).setParameter(2, active).executeUpdate());
        }
        if (total > 0) {
            LOG.infof("Sealed %d values again for their place with the active keys", total);
        }
        return total;
    }

    private boolean checked(ProtectedColumns.Where column, String active) {
        return !em.get().createNativeQuery("SELECT 1 FROM sealed_place WHERE place = ?1 AND key_id = ?2")
                .setParameter(1, column.place()).setParameter(2, active).getResultList().isEmpty();
    }

    /**
     * A batch: how many values of an older form it found, how many it sealed again (the others were rewritten
     * meanwhile), how many did not open, and the id of its last row, where the next batch starts.
     */
    private record Batch(Object[] last, int found, int resealed, int unopened) {
    }

    /** The statements of one column, made once for all its batches. */
    private static final class Statements {
        final ProtectedColumns.Where column;
        final String first;
        final String next;
        final String update;

        Statements(ProtectedColumns.Where column) {
            this.column = column;
            String col = column.column();
            List<String> idColumns = column.idColumns();
            String ids = String.join(", ", idColumns);
            String row = "'' || " + String.join(" || ':' || ", idColumns);
            String select = "SELECT " + ids + ", " + row + ", " + col + " FROM " + column.table() + " WHERE " + col
                    + " IS NOT NULL AND (" + col + " NOT LIKE 'v2:%' OR (" + col + " LIKE 'v2:K:%' AND " + col
                    + " NOT LIKE ?1))";
            String order = " ORDER BY " + ids + " LIMIT " + BATCH;
            this.first = select + order;
            this.next = select + " AND (" + ids + ") > ("
                    + IntStream.range(0, idColumns.size()).mapToObj(i -> "?" + (i + 2)).collect(Collectors.joining(", "))
                    + ")" + order;
            this.update = "UPDATE " + column.table() + " SET " + col + " = ?1 WHERE " + col + " = ?2 AND "
                    + IntStream.range(0, idColumns.size()).mapToObj(i -> idColumns.get(i) + " = ?" + (i + 3))
                            .collect(Collectors.joining(" AND "));
        }
    }

    @SuppressWarnings("unchecked")
    private Batch resealBatch(Statements statements, String active, Object[] after) {
        EntityManager entities = em.get();
        ProtectedColumns.Where column = statements.column;
        int n = column.idColumns().size();
        Query select = entities.createNativeQuery(after == null ? statements.first : statements.next)
                .setParameter(1, "v2:K:" + active + ":%");
        for (int i = 0; after != null && i < n; i++) {
            select.setParameter(i + 2, after[i]);
        }
        List<Object[]> stale = select.getResultList();
        int resealed = 0;
        int unopened = 0;
        for (Object[] found : stale) {
            String stored = (String) found[n + 1];
            String sealed;
            try {
                // The entity is read in a transaction of its own: a value of another column that does not open fails
                // that read alone, not the batch's updates.
                UUID subject = column.personal()
                        ? QuarkusTransaction.requiringNew().call(() -> subject(column, found))
                        : null;
                sealed = cipher.reseal(column.place() + "|" + found[n] + "|" + stored, subject);
            } catch (RuntimeException unopenable) {
                // Tampered, or sealed with a key no longer configured: the place is logged, never the value.
                LOG.errorf("A value of %s.%s did not open (%s); left as it is", column.table(), column.column(),
                        unopenable.getClass().getSimpleName());
                unopened++;
                continue;
            }
            if (sealed == null) {
                continue;
            }
            Query update = entities.createNativeQuery(statements.update).setParameter(1, sealed).setParameter(2, stored);
            for (int i = 0; i < n; i++) {
                update.setParameter(i + 3, found[i]);
            }
            resealed += update.executeUpdate();
        }
        entities.clear();
        Object[] last = stale.isEmpty() ? null : stale.get(stale.size() - 1);
        return new Batch(last, stale.size(), resealed, unopened);
    }

    /** The subject of the row: the entity says it. */
    private UUID subject(ProtectedColumns.Where column, Object[] found) {
        String where = IntStream.range(0, column.idProperties().size())
                .mapToObj(i -> "e." + column.idProperties().get(i) + " = :p" + i).collect(Collectors.joining(" AND "));
        var query = em.get().createQuery("SELECT e FROM " + column.entity() + " e WHERE " + where, PersonalRecord.class);
        for (int i = 0; i < column.idProperties().size(); i++) {
            query.setParameter("p" + i, found[i]);
        }
        return query.getSingleResult().protectionSubject();
    }
}
