package dev.avrr.cases.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One person's assisted return, from registration to closing. */
@Entity
@Table(name = "avrr_case")
public class AvrrCase {

    @Id
    public UUID id;

    @Column(name = "referral_id", unique = true)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IomOffice office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "country_of_return", nullable = false)
    public String countryOfReturn;

    @Column(name = "referring_org")
    public String referringOrg;

    @Column(name = "applicant_given_name", nullable = false)
    public String applicantGivenName;

    @Column(name = "applicant_family_name", nullable = false)
    public String applicantFamilyName;

    @Column(name = "applicant_date_of_birth")
    public LocalDate applicantDateOfBirth;

    @Column(name = "applicant_nationality")
    public String applicantNationality;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Version
    public long version;
}
