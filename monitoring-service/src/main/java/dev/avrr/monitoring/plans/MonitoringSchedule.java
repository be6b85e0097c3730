package dev.avrr.monitoring.plans;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A follow-up schedule of one programme ({@code DEFAULT}: every programme without its own), as data: a new
 * version is a new row valid from a date, and a plan keeps the schedule it was made from.
 */
@Entity
@Table(name = "monitoring_schedule")
public class MonitoringSchedule {

    public static final String DEFAULT = "DEFAULT";

    @Id
    public Long id;

    @Column(nullable = false)
    public String programme;

    @Column(nullable = false)
    public int version;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** Where the schedule comes from (the source document and step it restates; see docs/domain.md#sources). */
    @Column(nullable = false)
    public String source;
}
