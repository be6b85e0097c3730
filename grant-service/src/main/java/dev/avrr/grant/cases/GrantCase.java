package dev.avrr.grant.cases;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A case as grant-service knows it from case-service's events: no person's data, only ids and codes. */
@Entity
@Table(name = "grant_case")
public class GrantCase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(nullable = false)
    public String office;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "known_since", nullable = false)
    public OffsetDateTime knownSince;
}
