package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.avrr.vocabulary.events.Programme;

// docs/domain.md#the-swedish-route (Uppföljning: contact for the first three months after return) and
// docs/domain.md#what-every-applicant-may-get (monitoring during and after the reintegration period): the programme's schedule, held as data, gives each plan item its due date.
public final class FollowUpSchedule {

    /** One item of a plan: due on {@code dueDate}; a contact from {@code opensOn} on fulfils it. */
    public record Due(int position, String label, LocalDate opensOn, LocalDate dueDate) {
    }

    private FollowUpSchedule() {
    }

    /**
     * The schedule for a return: the programme's own if it has one valid on the arrival date, else the default;
     * of those, the latest valid on that date (the highest version among equals).
     */
    public static Optional<MonitoringSchedule> choose(List<MonitoringSchedule> schedules, Programme programme,
            LocalDate arrivalDate) {
        Optional<MonitoringSchedule> own = latest(schedules, programme.name(), arrivalDate);
        return own.isPresent() ? own : latest(schedules, MonitoringSchedule.DEFAULT, arrivalDate);
    }

    /**
     * The items of a plan: each due its period after the arrival date; the first opens on arrival, each later one
     * when the one before it falls due, so that one contact fulfils one item.
     */
    public static List<Due> items(List<ScheduleItem> schedule, LocalDate arrivalDate) {
        List<ScheduleItem> ordered = schedule.stream().sorted(Comparator.comparingInt(i -> i.position)).toList();
        List<Due> items = new ArrayList<>();
        LocalDate opens = arrivalDate;
        for (ScheduleItem item : ordered) {
            LocalDate due = arrivalDate.plus(period(item));
            items.add(new Due(item.position, item.label, opens, due));
            opens = due;
        }
        return items;
    }

    private static Optional<MonitoringSchedule> latest(List<MonitoringSchedule> schedules, String programme,
            LocalDate on) {
        return schedules.stream().filter(s -> s.programme.equals(programme) && !s.validFrom.isAfter(on))
                .max(Comparator.<MonitoringSchedule, LocalDate> comparing(s -> s.validFrom)
                        .thenComparingInt(s -> s.version));
    }

    private static Period period(ScheduleItem item) {
        try {
            return Period.parse(item.dueAfter);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Schedule " + item.scheduleId + " item " + item.position
                    + " has a due_after that is not an ISO-8601 period");
        }
    }
}
