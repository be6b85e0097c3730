package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.avrr.platform.statemachine.TransitionTable.Transition;

/** One due contact of a returnee's monitoring plan. Its status changes only through {@link #take}. */
@Entity
@Table(name = "monitoring_item")
public class PlanItem {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String label;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @Column(name = "overdue_since")
    public LocalDate overdueSince;

    /** The contact that fulfilled the item. */
    @Column(name = "fulfilled_by")
    public UUID fulfilledBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by_org")
    public String closedByOrg;

    public ItemStatus status() {
        return status;
    }

    void planned() {
        this.status = ItemStatus.DUE;
    }

    /** Takes an allowed transition of {@link ItemTransitions}; the only way the status changes. */
    public void take(Transition<ItemStatus, ItemTransitions.Command> transition, OffsetDateTime at, String org) {
        status = transition.takenFrom(status);
        if (status == ItemStatus.OVERDUE) {
            overdueSince = dueDate.plusDays(1);
        } else {
            closedAt = at;
            closedByOrg = org;
        }
    }
}
