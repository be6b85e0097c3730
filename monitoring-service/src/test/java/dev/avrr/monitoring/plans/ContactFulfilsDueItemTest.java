package dev.avrr.monitoring.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.platform.statemachine.TransitionTable;
import dev.avrr.vocabulary.Roles;

/**
 * Which item a contact fulfils (Uppföljning, docs/domain.md#the-swedish-route), on the default plan of a return on 1 March: arrival contact
 * due 8 March, then due 1 April, 1 May. Each item opens when the one before it falls due.
 */
class ContactFulfilsDueItemTest {

    private static final LocalDate ARRIVAL = LocalDate.of(2025, 3, 1);

    @ParameterizedTest(name = "contact on {0}, reached {1}, plan {2} → item {3}")
    @CsvSource({
            // contacted on, reached, statuses of items 1..3, the item fulfilled (0: none)
            "2025-03-01, true,  DUE DUE DUE,                 1",
            "2025-03-05, false, DUE DUE DUE,                 0",
            "2025-03-20, true,  DUE DUE DUE,                 1",
            "2025-03-20, true,  OVERDUE DUE DUE,             1",
            "2025-03-06, true,  FULFILLED DUE DUE,           0",
            "2025-03-08, true,  FULFILLED DUE DUE,           2",
            "2025-04-15, true,  FULFILLED OVERDUE DUE,       2",
            "2025-04-15, true,  FULFILLED FULFILLED DUE,     3",
            "2025-04-15, true,  MISSED FULFILLED DUE,        3",
            "2025-06-01, true,  FULFILLED FULFILLED MISSED,  0",
            "2025-06-01, true,  CANCELLED CANCELLED CANCELLED, 0",
    })
    void theEarliestOpenItemWhoseWindowHasOpened(LocalDate contactedOn, boolean reached, String statuses,
            int expected) {
        String[] s = statuses.split(" ");
        List<PlanItem> plan = List.of(item(1, ARRIVAL, ARRIVAL.plusDays(7), s[0]),
                item(2, ARRIVAL.plusDays(7), ARRIVAL.plusMonths(1), s[1]),
                item(3, ARRIVAL.plusMonths(1), ARRIVAL.plusMonths(2), s[2]));
        int fulfilled = ContactFulfilsDueItem.item(plan, contactedOn, reached).map(i -> i.position).orElse(0);
        assertEquals(expected, fulfilled);
    }

    private static PlanItem item(int position, LocalDate opens, LocalDate due, String status) {
        PlanItem i = new PlanItem();
        i.id = UUID.randomUUID();
        i.position = position;
        i.opensOn = opens;
        i.dueDate = due;
        i.planned();
        ItemStatus target = ItemStatus.valueOf(status);
        if (target == ItemStatus.OVERDUE || target == ItemStatus.MISSED) {
            take(i, ItemTransitions.Command.FLAG_OVERDUE, TransitionTable.SYSTEM);
        }
        switch (target) {
            case FULFILLED -> take(i, ItemTransitions.Command.FULFIL, Roles.MISSION);
            case MISSED -> take(i, ItemTransitions.Command.MISS, Roles.MISSION);
            case CANCELLED -> take(i, ItemTransitions.Command.CANCEL, TransitionTable.SYSTEM);
            default -> {
            }
        }
        return i;
    }

    private static void take(PlanItem i, ItemTransitions.Command command, String role) {
        i.take(ItemTransitions.TABLE.apply(command, i.status(), Set.of(role)), OffsetDateTime.now(), null);
    }
}
