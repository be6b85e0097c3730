package dev.avrr.monitoring.returnees;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case as monitoring-service knows it from case-service's events: ids and codes only. */
@Entity
@Table(name = "monitored_case")
public class MonitoredCase {

    /** Where monitoring stands; plans start on return-completed (a later issue). */
    public enum Status {
        AWAITING_RETURN
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String office;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "known_since", nullable = false)
    public OffsetDateTime knownSince;
}
