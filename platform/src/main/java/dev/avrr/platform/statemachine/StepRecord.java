package dev.avrr.platform.statemachine;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One step of a record's history, as every machine keeps it: when, and who took it (user and organisation). The
 * entity of a machine's history adds the record it belongs to, its step, the states and what else it keeps.
 */
@MappedSuperclass
public abstract class StepRecord {

    /** The name of the id's generator, which each entity declares on its table's sequence. */
    public static final String ID = "step_id";

    /**
     * From the table's sequence ({@code @SequenceGenerator(name = StepRecord.ID, ...)} on the entity), one at a time
     * so that ids keep the order steps were taken in; known before the insert, as a protected note needs its row.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = ID)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_org")
    public String actorOrg;
}
