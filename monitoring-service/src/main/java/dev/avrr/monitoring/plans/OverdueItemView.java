package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An overdue item on a mission's work list: which returnee (by case id), which contact, since when. */
@Schema(name = "OverdueItem")
public record OverdueItemView(UUID caseId, UUID itemId, String countryOfReturn, String office, String label,
        LocalDate dueDate, LocalDate overdueSince, long daysOverdue) {

    static OverdueItemView of(PlanItems.Overdue o) {
        return new OverdueItemView(o.returnee().caseId, o.item().id, o.returnee().countryOfReturn,
                o.returnee().office, o.item().label, o.item().dueDate, o.item().overdueSince, o.daysOverdue());
    }
}
