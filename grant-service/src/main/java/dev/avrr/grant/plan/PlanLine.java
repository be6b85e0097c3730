package dev.avrr.grant.plan;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedJson;
import dev.avrr.platform.protection.ProtectedString;

/** A line of a plan: category, activity, the vendor or service provider, and the amount. */
@Entity
@Table(name = "plan_line")
public class PlanLine implements PersonalRecord {

    /** The vendor or service provider who will be paid: a school, a landlord, a clinic, a supplier. */
    public record Provider(String name, String reference) {
    }

    /** A provider as stored (version 1). */
    public record ProviderStored(String name, String reference) {
    }

    /**
     * The provider, protected at rest with the key of the entitlement's person. One whose key was destroyed (the
     * person erased; a value erasure did not rewrite, as in a backup restored after it) reads as absent, as protected
     * text does: the cipher opens it to nothing, and there is then no JSON to read.
     */
    @Converter
    public static class ProviderColumn extends ProtectedJson<Provider, ProviderStored> {
        public ProviderColumn() {
            super(ProviderStored.class, p -> new ProviderStored(p.name(), p.reference()),
                    s -> new Provider(s.name(), s.reference()));
        }
    }

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    public ReintegrationPlan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanActivity activity;

    @Convert(converter = ProtectedString.class)
    public String description;

    @Convert(converter = ProviderColumn.class)
    @Column(nullable = false)
    public Provider provider;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    /** The entitlement of the line's plan: erasure names each entitlement of the case. */
    @Override
    public UUID protectionSubject() {
        return plan.entitlementId;
    }
}
