package dev.avrr.grant.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dev.avrr.vocabulary.events.Programme;

/** A version of a programme: what it gives from {@code validFrom} until {@code validTo} (exclusive, open if null). */
@Entity
@Table(name = "programme_version")
public class ProgrammeVersion {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme programme;

    @Column(nullable = false)
    public int version;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "allocation_trigger", nullable = false)
    public AllocationTrigger allocationTrigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Beneficiaries beneficiaries;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @OneToMany(mappedBy = "programmeVersion", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<BudgetCategory> categories = new ArrayList<>();

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    /** The categories a beneficiary gets: those for its group whose deadline condition holds. */
    public List<BudgetCategory> categoriesFor(BeneficiaryGroup group, Boolean appliedBeforeDeadline) {
        return categories.stream().filter(c -> c.eligible.includes(group)
                && DepartureDeadline.holds(c.deadlineCondition, appliedBeforeDeadline)).toList();
    }
}
