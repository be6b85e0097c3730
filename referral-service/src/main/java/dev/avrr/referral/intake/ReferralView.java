package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as one role may see it. A partner sees status only ({@code person} absent); IOM's caseworker
 * sees the person too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Referral")
public record ReferralView(UUID id, ReferralStatus status, Jurisdiction jurisdiction, OffsetDateTime createdAt,
        OffsetDateTime statusChangedAt, long version, Person person, String referringOrg) {

    @Schema(name = "ReferralPerson")
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, String nationality,
            String countryOfReturn) {
    }

    static ReferralView forPartner(Referral r) {
        return new ReferralView(r.id, r.status(), r.jurisdiction, r.createdAt, r.statusChangedAt, r.version, null, null);
    }

    static ReferralView forCaseworker(Referral r) {
        return new ReferralView(r.id, r.status(), r.jurisdiction, r.createdAt, r.statusChangedAt, r.version,
                new Person(r.givenName, r.familyName, r.dateOfBirth, r.nationality, r.countryOfReturn), r.referringOrg);
    }
}
