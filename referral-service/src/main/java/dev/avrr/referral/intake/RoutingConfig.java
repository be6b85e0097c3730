package dev.avrr.referral.intake;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who receives a referral: the IOM office of each jurisdiction, and the organisations that act as the
 * Swedish coordinator (Länsstyrelsen Stockholm, or a regional coordinator: data, not a constant).
 */
@ConfigMapping(prefix = "avrr.referral.routing")
public interface RoutingConfig {

    /** The org claim of IOM Oslo's caseworkers. */
    @WithDefault("iom-oslo")
    String iomOfficeNorway();

    /** The org claim of IOM Helsinki's caseworkers. */
    @WithDefault("iom-helsinki")
    String iomOfficeSweden();

    /** The organisations that may coordinate Swedish referrals. */
    @WithDefault("lansstyrelsen-stockholm")
    List<String> coordinators();

    default String iomOffice(Jurisdiction jurisdiction) {
        return jurisdiction == Jurisdiction.SE ? iomOfficeSweden() : iomOfficeNorway();
    }
}
