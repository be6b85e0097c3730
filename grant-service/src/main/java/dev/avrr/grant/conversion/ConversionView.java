package dev.avrr.grant.conversion;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.money.Money;

/** A conversion; the reason only for those who work with the returnee (mission, caseworker). */
@Schema(name = "Conversion")
public record ConversionView(UUID id, UUID entitlementId, String from, String to, Money amount, String reason,
        String convertedBy, String convertedByOrg, OffsetDateTime convertedAt, UUID ledgerTransaction) {

    static ConversionView of(Conversion c, boolean withReason) {
        return new ConversionView(c.id, c.entitlementId, c.fromCategory, c.toCategory, Money.of(c.amount, c.currency),
                withReason ? c.reason : null, c.convertedBy, c.convertedByOrg, c.convertedAt, c.ledgerTransaction);
    }
}
