package dev.avrr.monitoring.plans;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One contact of a schedule: its label and when it falls due, as an ISO-8601 period after the arrival date. */
@Entity
@Table(name = "monitoring_schedule_item")
@IdClass(ScheduleItem.Key.class)
public class ScheduleItem {

    @Id
    @Column(name = "schedule_id")
    public Long scheduleId;

    @Id
    public int position;

    @Column(nullable = false)
    public String label;

    @Column(name = "due_after", nullable = false)
    public String dueAfter;

    /** The composite key (schedule, position). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public Long scheduleId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scheduleId, k.scheduleId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(scheduleId, position);
        }
    }
}
