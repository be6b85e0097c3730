package dev.avrr.cases.lifecycle;

import java.util.Optional;

import dev.avrr.cases.casefile.Jurisdiction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The IOM offices that run returns, by their organisation id — the org claim of their caseworkers' tokens and
 * the {@code office} of every case event: IOM Oslo for Norway, IOM Helsinki for Sweden.
 */
@ConfigMapping(prefix = "avrr.case.offices")
public interface OfficeConfig {

    @WithDefault("iom-oslo")
    String norway();

    @WithDefault("iom-helsinki")
    String sweden();

    default String of(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.SE ? sweden() : norway();
    }

    /** The jurisdiction an office runs, if the organisation is one of the configured offices. */
    default Optional<Jurisdiction> jurisdictionOf(String org) {
        if (norway().equals(org)) {
            return Optional.of(Jurisdiction.NO);
        }
        return sweden().equals(org) ? Optional.of(Jurisdiction.SE) : Optional.empty();
    }
}
