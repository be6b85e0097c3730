package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoringStatus;
import dev.avrr.monitoring.returnees.ReturneeCategory;
import dev.avrr.vocabulary.events.Programme;

/** A returnee's monitoring as the mission and the sending office see it: codes, dates and the plan, no person. */
@Schema(name = "MonitoredCase")
public record CaseView(UUID caseId, UUID referralId, String office, String countryOfReturn, String jurisdiction,
        Programme programme, MonitoringStatus status, LocalDate arrivalDate, ReturneeCategory category,
        Integer householdSize, OffsetDateTime registeredAt, OffsetDateTime startedAt, OffsetDateTime endedAt,
        LocalDate lastContactOn, long version,
        @Schema(description = "The plan's items, in order; absent in lists and before the return") List<Item> plan,
        @Schema(description = "When the person's data were erased here: notes, details, words and languages "
                + "overwritten, ids, codes, dates and scores kept; absent until then") OffsetDateTime erasedAt) {

    /** One item of the plan. */
    @Schema(name = "MonitoringPlanItem")
    public record Item(UUID id, int position, String label, LocalDate opensOn, LocalDate dueDate, ItemStatus status,
            LocalDate overdueSince, UUID fulfilledBy) {

        static Item of(PlanItem i) {
            return new Item(i.id, i.position, i.label, i.opensOn, i.dueDate, i.status(), i.overdueSince,
                    i.fulfilledBy);
        }
    }

    public static CaseView of(MonitoredCase c, List<PlanItem> items) {
        return new CaseView(c.caseId, c.referralId, c.office, c.countryOfReturn, c.jurisdiction, c.programme(),
                c.status(), c.arrivalDate, c.category(), c.householdSize, c.registeredAt, c.startedAt, c.endedAt,
                c.lastContactOn, c.version, items == null ? null : items.stream().map(Item::of).toList(), c.erasedAt);
    }
}
