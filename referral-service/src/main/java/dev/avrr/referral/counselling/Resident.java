package dev.avrr.referral.counselling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedCode;
import dev.avrr.platform.protection.ProtectedDate;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.referral.intake.Sex;

/**
 * A resident of a reception centre, known to the centre's return counsellors only. The resident roots the person's
 * data in the counselling part: the names and date of birth are sealed with the resident's key (its nationality, a
 * code, with the service's); the year of birth stays readable, so a list can find the minors without opening every
 * date of birth.
 */
@Entity
@Table(name = "resident")
public class Resident implements PersonalRecord {

    @Id
    public UUID id;

    /** The reception centre: the {@code org} claim of its counsellors. */
    @Column(name = "centre_org", nullable = false)
    public String centreOrg;

    @Convert(converter = ProtectedString.class)
    @Column(name = "given_name", nullable = false)
    public String givenName;

    @Convert(converter = ProtectedString.class)
    @Column(name = "family_name", nullable = false)
    public String familyName;

    /** Absent once the resident was erased. */
    @Convert(converter = ProtectedDate.class)
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "birth_year", nullable = false)
    public int birthYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Convert(converter = ProtectedCode.class)
    public String nationality;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Version
    public long version;

    /** Erased (docs/data-protection.md#erasure): its names and date of birth read "erased" and absent. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    public boolean minorOn(LocalDate day) {
        return dateOfBirth != null && day.isBefore(dateOfBirth.plusYears(18));
    }

    @Override
    public UUID protectionSubject() {
        return id;
    }
}
