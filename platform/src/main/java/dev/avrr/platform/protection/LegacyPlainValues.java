package dev.avrr.platform.protection;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

/**
 * Protects, at start, the values a column held in clear before it was protected at rest: a migration in SQL
 * cannot encrypt. A protected value is {@code keyId:sealed}; a value without a colon is one left from before.
 * Each call is one statement per row, in the caller's transaction, and does nothing once every value is protected.
 */
public final class LegacyPlainValues {

    private static final Logger LOG = Logger.getLogger(LegacyPlainValues.class);

    private LegacyPlainValues() {
    }

    /** Protects the values of {@code table.column} still in clear; the rows are named by {@code idColumn}. */
    @SuppressWarnings("unchecked")
    public static int protect(EntityManager em, AtRestCipher cipher, String table, String idColumn, String column) {
        List<Object[]> plain = em.createNativeQuery("SELECT " + idColumn + ", " + column + " FROM " + table + " WHERE "
                + column + " IS NOT NULL AND position(':' in " + column + ") = 0").getResultList();
        for (Object[] row : plain) {
            em.createNativeQuery("UPDATE " + table + " SET " + column + " = ?1 WHERE " + idColumn + " = ?2")
                    .setParameter(1, cipher.protectWithoutPlace(row[1].toString())).setParameter(2, row[0]).executeUpdate();
        }
        if (!plain.isEmpty()) {
            LOG.infof("Protected %d values of %s.%s kept in clear before", plain.size(), table, column);
        }
        return plain.size();
    }
}
