package dev.avrr.monitoring.scores;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A version of the survey's weights, valid from a date: a survey is scored with the version valid on the day it
 * was taken, and keeps it, so its score can always be recomputed as it was.
 */
@Entity
@Table(name = "sustainability_weights")
public class WeightsVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "weights_version")
    @SequenceGenerator(name = "weights_version", sequenceName = "sustainability_weights_version", allocationSize = 1)
    public Integer version;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(nullable = false)
    public String note;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
