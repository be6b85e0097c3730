package dev.avrr.referral.counselling;

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

import dev.avrr.referral.intake.Sex;

/** A resident of a reception centre, known to the centre's return counsellors only. */
@Entity
@Table(name = "resident")
public class Resident {

    @Id
    public UUID id;

    /** The reception centre: the {@code org} claim of its counsellors. */
    @Column(name = "centre_org", nullable = false)
    public String centreOrg;

    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    public String nationality;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Version
    public long version;

    public boolean minorOn(LocalDate day) {
        return day.isBefore(dateOfBirth.plusYears(18));
    }
}
