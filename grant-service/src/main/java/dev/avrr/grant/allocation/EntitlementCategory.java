package dev.avrr.grant.allocation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dev.avrr.grant.catalogue.BudgetCategory;
import dev.avrr.grant.catalogue.CategoryTerms;
import dev.avrr.grant.catalogue.SupportForm;

/** A category of an entitlement, with the terms it was allocated under; its form is the one for this beneficiary. */
@Entity
@Table(name = "entitlement_category")
public class EntitlementCategory extends CategoryTerms {

    @ManyToOne(optional = false)
    @JoinColumn(name = "entitlement_id")
    public Entitlement entitlement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportForm form;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal allocated;

    static EntitlementCategory allocated(Entitlement e, BudgetCategory b, int position) {
        EntitlementCategory c = new EntitlementCategory();
        c.termsOf(b);
        c.position = position;
        c.entitlement = e;
        c.form = b.formFor(e.minor);
        c.allocated = b.amount;
        return c;
    }
}
