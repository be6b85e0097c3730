package dev.avrr.platform.protection;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, protects the values of the columns a service lists in {@code avrr.protection.legacy-plain-columns}
 * ({@code table.idColumn.column}, comma-separated) that were kept in clear before the column was protected at rest
 * (see {@link LegacyPlainValues}).
 */
@ApplicationScoped
public class LegacyPlainColumns {

    @ConfigProperty(name = "avrr.protection.legacy-plain-columns")
    Optional<List<String>> columns;

    /** Resolved only where columns are listed: the platform's own probe application has no persistence unit. */
    @Inject
    Instance<EntityManager> em;

    @Inject
    AtRestCipher cipher;

    void onStart(@Observes StartupEvent start) {
        protectListed();
    }

    /** Protects what the listed columns still hold in clear; how many values that was. */
    @Transactional
    public int protectListed() {
        int protectedValues = 0;
        for (String column : columns.orElse(List.of())) {
            if (!column.trim().matches("[a-z_]+\\.[a-z_]+\\.[a-z_]+")) {
                throw new IllegalStateException("avrr.protection.legacy-plain-columns takes table.idColumn.column");
            }
            String[] parts = column.trim().split("\\.");
            protectedValues += LegacyPlainValues.protect(em.get(), cipher, parts[0], parts[1], parts[2]);
        }
        return protectedValues;
    }
}
