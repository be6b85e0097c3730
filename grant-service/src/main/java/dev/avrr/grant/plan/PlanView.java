package dev.avrr.grant.plan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.grant.money.Money;
import dev.avrr.vocabulary.events.HouseholdRelation;

/** A plan as the mission and the caseworker see it, with what each line has left to pay. */
@Schema(name = "ReintegrationPlan")
public record PlanView(UUID id, UUID entitlementId, UUID caseId, UUID beneficiaryId, HouseholdRelation relation,
        boolean forChild, PlanStatus status, String notes, List<LineView> lines, Money total, String createdBy,
        OffsetDateTime createdAt, OffsetDateTime submittedAt, String decidedBy, OffsetDateTime decidedAt,
        String returnReason, long version) {

    /**
     * A line; {@code committed} is requested, approved or paid on it, {@code remaining} what is left. The provider is
     * absent only where its person's key was destroyed (erasure) and the erased value was not there to read (a backup
     * restored after it).
     */
    @Schema(name = "PlanLine")
    public record LineView(UUID id, String category, PlanActivity activity, String description,
            PlanInput.Provider provider, Money amount, Money committed, Money remaining) {
    }

    static PlanView of(ReintegrationPlan p, Entitlement e, Map<UUID, BigDecimal> committed) {
        String cur = e.currency;
        List<LineView> lines = p.lines.stream().map(l -> {
            BigDecimal used = committed.getOrDefault(l.id, BigDecimal.ZERO);
            return new LineView(l.id, l.category, l.activity, l.description,
                    l.provider == null ? null : new PlanInput.Provider(l.provider.name(), l.provider.reference()),
                    Money.of(l.amount, cur), Money.of(used, cur), Money.of(l.amount.subtract(used), cur));
        }).toList();
        BigDecimal total = p.lines.stream().map(l -> l.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanView(p.id, e.id, e.caseId, e.beneficiaryId, e.relation, e.minor || e.relation == HouseholdRelation.CHILD,
                p.status(), p.notes, lines, Money.of(total, cur), p.createdBy, p.createdAt, p.submittedAt, p.decidedBy,
                p.decidedAt, p.returnReason, p.version);
    }
}
