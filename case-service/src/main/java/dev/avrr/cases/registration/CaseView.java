package dev.avrr.cases.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as the caseworker of the office sees it. */
@Schema(name = "Case")
public record CaseView(UUID id, UUID referralId, IomOffice office, CaseStatus status, String countryOfReturn,
        Applicant applicant, OffsetDateTime registeredAt, long version) {

    @Schema(name = "Applicant")
    public record Applicant(String givenName, String familyName, LocalDate dateOfBirth, String nationality) {
    }

    static CaseView of(AvrrCase c) {
        return new CaseView(c.id, c.referralId, c.office, c.status, c.countryOfReturn,
                new Applicant(c.applicantGivenName, c.applicantFamilyName, c.applicantDateOfBirth, c.applicantNationality),
                c.registeredAt, c.version);
    }
}
