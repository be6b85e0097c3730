package dev.avrr.grant.catalogue;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What a budget category is, the same in the catalogue and in an entitlement allocated from it: its code and
 * label, its kind, whether it is needs-based, the evidence it requires and whether it is paid at once.
 */
@MappedSuperclass
public abstract class CategoryTerms {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CategoryKind kind;

    @Column(name = "needs_based", nullable = false)
    public boolean needsBased;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_required", nullable = false)
    public EvidenceRequirement evidenceRequired;

    /** Paid in one payment (docs/domain.md#the-victims-of-trafficking-package: the subsistence allowance is a one-time cash grant). */
    @Column(name = "single_payment", nullable = false)
    public boolean singlePayment;

    /** Takes the terms of {@code other}, under a new id. */
    protected void termsOf(CategoryTerms other) {
        id = UUID.randomUUID();
        position = other.position;
        code = other.code;
        label = other.label;
        kind = other.kind;
        needsBased = other.needsBased;
        evidenceRequired = other.evidenceRequired;
        singlePayment = other.singlePayment;
    }
}
