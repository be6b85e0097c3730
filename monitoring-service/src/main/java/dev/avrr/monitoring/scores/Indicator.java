package dev.avrr.monitoring.scores;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An indicator of the survey, its dimension and its answer scale (higher is more sustainable). */
@Entity
@Table(name = "sustainability_indicator")
public class Indicator {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Dimension dimension;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String question;

    @Column(name = "scale_min", nullable = false)
    public int scaleMin;

    @Column(name = "scale_max", nullable = false)
    public int scaleMax;
}
