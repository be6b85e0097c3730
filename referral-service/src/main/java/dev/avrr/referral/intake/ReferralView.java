package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.avrr.platform.problem.Problem.Violation;
import dev.avrr.referral.intake.NeedToKnow.Visibility;

/**
 * A referral as one caller may see it (see {@link NeedToKnow}): the person and vulnerability only with need to
 * know; {@code personWithheld} says why they are missing for a receiver. {@code warnings} come with the answer
 * to a write only (e.g. a DUF number whose check digits do not match the known rule).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Referral")
public record ReferralView(UUID id, ReferralStatus status, Jurisdiction jurisdiction, String coordinatorOrg,
        String referringOrg, OffsetDateTime createdAt, OffsetDateTime statusChangedAt, long version, Person person,
        ReferralInput.Vulnerability vulnerability, ReferralInput.OutsideReferral outsideReferral,
        DeclineReason.Public declineReason,
        @Schema(description = "The receivers' own note on a decline; never shown to the referrer") String declineNote,
        String personWithheld,
        @Schema(description = "When the person's data were erased (the right to erasure): their names read "
                + "\"erased\", and what identified or described them, their household and their words is gone; "
                + "absent while the data are held") OffsetDateTime erasedAt,
        List<Violation> warnings) {

    @Schema(name = "ReferralPerson")
    public record Person(String givenName, String familyName, LocalDate dateOfBirth, Integer estimatedBirthYear,
            Sex sex, String nationality, String countryOfReturn, List<String> languages, Boolean interpreterNeeded,
            ReferralInput.Contact contact, List<ReferralInput.Identifier> identifiers,
            List<ReferralInput.HouseholdMember> household) {
    }

    public static ReferralView of(Referral r, Visibility visibility, boolean receiver) {
        boolean full = visibility == Visibility.FULL;
        ReferralInput.OutsideReferral outside = full && r.outsideChannel != null
                ? new ReferralInput.OutsideReferral(r.outsideChannel, r.outsideReferredBy) : null;
        return new ReferralView(r.id, r.status(), r.jurisdiction, r.coordinatorOrg, receiver ? r.referringOrg : null,
                r.createdAt, r.statusChangedAt, r.version, full ? person(r) : null, full ? r.vulnerability : null,
                outside, DeclineReason.Public.of(r.declineReasonCode), receiver ? r.declineNote : null,
                visibility == Visibility.WITHHELD ? "No standing consent of the person to share with your organisation"
                        : null, r.erasedAt, null);
    }

    ReferralView withWarnings(List<Violation> w) {
        return w.isEmpty() ? this : new ReferralView(id, status, jurisdiction, coordinatorOrg, referringOrg, createdAt,
                statusChangedAt, version, person, vulnerability, outsideReferral, declineReason, declineNote, personWithheld,
                erasedAt, w);
    }

    private static Person person(Referral r) {
        PersonDetails d = r.details == null ? new PersonDetails(List.of(), null, List.of(), List.of()) : r.details;
        return new Person(r.givenName, r.familyName, r.dateOfBirth, r.estimatedBirthYear, r.sex, r.nationality,
                r.countryOfReturn, d.languages(), r.interpreterNeeded, d.contact(), d.identifiers(), d.household());
    }
}
