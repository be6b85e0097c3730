package dev.avrr.grant.catalogue;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A budget category of a programme version: its terms, amount, form, and who gets it. */
@Entity
@Table(name = "budget_category")
public class BudgetCategory extends CategoryTerms {

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_version_id")
    public ProgrammeVersion programmeVersion;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportForm form;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_for_minor", nullable = false)
    public SupportForm formForMinor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Eligibility eligible;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_condition", nullable = false)
    public DeadlineCondition deadlineCondition;

    /** The form for this beneficiary: a minor's subsistence is in kind (docs/domain.md#the-reintegration-grants). */
    public SupportForm formFor(boolean minor) {
        return minor ? formForMinor : form;
    }
}
