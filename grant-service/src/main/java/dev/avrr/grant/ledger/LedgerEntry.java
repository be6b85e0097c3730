package dev.avrr.grant.ledger;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One entry of an entitlement's double-entry ledger: a positive amount debits the account, a negative one
 * credits it; the entries of a transaction sum to zero. Written once, never changed (the database refuses).
 */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "transaction_id", nullable = false)
    public UUID transactionId;

    @Column(name = "entitlement_id", nullable = false)
    public UUID entitlementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false)
    public EntryType entryType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Account account;

    @Column(nullable = false)
    public String category;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "reference_id")
    public UUID referenceId;

    @Column(name = "reverses_transaction")
    public UUID reversesTransaction;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
