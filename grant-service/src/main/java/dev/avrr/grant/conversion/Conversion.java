package dev.avrr.grant.conversion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;

/** A recorded conversion (docs/domain.md#conversion-rules): who, when, from, to, amount and why. The reason is protected at rest. */
@Entity
@Table(name = "conversion")
public class Conversion implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "entitlement_id", nullable = false)
    public UUID entitlementId;

    @Column(name = "from_category", nullable = false)
    public String fromCategory;

    @Column(name = "to_category", nullable = false)
    public String toCategory;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Convert(converter = ProtectedString.class)
    @Column(nullable = false)
    public String reason;

    @Column(name = "converted_by", nullable = false)
    public String convertedBy;

    @Column(name = "converted_by_org")
    public String convertedByOrg;

    @Column(name = "converted_at", nullable = false)
    public OffsetDateTime convertedAt;

    @Column(name = "ledger_transaction", nullable = false)
    public UUID ledgerTransaction;

    /** The entitlement converted from: erasure names each entitlement of the case. */
    @Override
    public UUID protectionSubject() {
        return entitlementId;
    }
}
