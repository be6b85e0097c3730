package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A referral as one role may see it. The referring partner sees its draft in full and, once submitted, its
 * status only; the coordinator and IOM's caseworker, who act on it, see the person too.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Referral")
public record ReferralView(UUID id, ReferralStatus status, Jurisdiction jurisdiction, String coordinatorOrg,
        OffsetDateTime createdAt, OffsetDateTime statusChangedAt, long version, Person person, String referringOrg,
        String declineReason) {

    @Schema(name = "ReferralPerson")
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, String nationality,
            String countryOfReturn) {
    }

    static ReferralView forPartner(Referral r) {
        boolean draft = r.status() == ReferralStatus.DRAFT;
        return new ReferralView(r.id, r.status(), r.jurisdiction, r.coordinatorOrg, r.createdAt, r.statusChangedAt,
                r.version, draft ? person(r) : null, null, r.declineReason);
    }

    static ReferralView forReceiver(Referral r) {
        return new ReferralView(r.id, r.status(), r.jurisdiction, r.coordinatorOrg, r.createdAt, r.statusChangedAt,
                r.version, person(r), r.referringOrg, r.declineReason);
    }

    private static Person person(Referral r) {
        return new Person(r.givenName, r.familyName, r.dateOfBirth, r.nationality, r.countryOfReturn);
    }
}
