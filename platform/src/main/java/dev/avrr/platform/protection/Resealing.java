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
 * until another key becomes active. Run by {@link KeyRotation}, a batch per transaction; a row written meanwhile is
 * left to its writer.
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
            Batch batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> resealBatch(column, active));
                total += batch.resealed();
            } while (batch.found() == BATCH);
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

    /** How many values of an older form a batch found, and how many it sealed again (the others were rewritten). */
    private record Batch(int found, int resealed) {
    }

    @SuppressWarnings("unchecked")
    private Batch resealBatch(ProtectedColumns.Where column, String active) {
        EntityManager entities = em.get();
        String col = column.column();
        String ids = String.join(", ", column.idColumns());
        String row = "'' || " + String.join(" || ':' || ", column.idColumns());
        List<Object[]> stale = entities.createNativeQuery("SELECT " + ids + ", " + row + ", " + col + " FROM "
                + column.table() + " WHERE " + col + " IS NOT NULL AND (" + col + " NOT LIKE 'v2:%' OR (" + col
                + " LIKE 'v2:K:%' AND " + col + " NOT LIKE ?1)) LIMIT " + BATCH)
                .setParameter(1, "v2:K:" + active + ":%").getResultList();
        int n = column.idColumns().size();
        int resealed = 0;
        for (Object[] found : stale) {
            String stored = (String) found[n + 1];
            UUID subject = column.personal() ? subject(column, found) : null;
            String sealed = cipher.reseal(column.place() + "|" + found[n] + "|" + stored, subject);
            if (sealed == null) {
                continue;
            }
            String where = IntStream.range(0, n).mapToObj(i -> column.idColumns().get(i) + " = ?" + (i + 3))
                    .collect(Collectors.joining(" AND "));
            Query update = entities.createNativeQuery("UPDATE " + column.table() + " SET " + col + " = ?1 WHERE "
                    + col + " = ?2 AND " + where).setParameter(1, sealed).setParameter(2, stored);
            for (int i = 0; i < n; i++) {
                update.setParameter(i + 3, found[i]);
            }
            resealed += update.executeUpdate();
        }
        entities.clear();
        return new Batch(stale.size(), resealed);
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
