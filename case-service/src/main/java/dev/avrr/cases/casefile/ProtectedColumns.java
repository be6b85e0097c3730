package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Converter;

import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.platform.protection.ProtectedJson;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.OtherVulnerability;
import dev.avrr.vocabulary.events.VulnerabilityCategory;

/**
 * The structured values of the case file that are kept encrypted at rest (platform protection), and how each is
 * stored.
 */
public final class ProtectedColumns {

    private ProtectedColumns() {
    }

    /** Contact details as stored (version 1). */
    public record ContactStored(String phone, String email, String address) {

        public static ContactStored of(Contact c) {
            return c == null ? null : new ContactStored(c.phone(), c.email(), c.address());
        }

        public static Contact toValue(ContactStored c) {
            return c == null ? null : new Contact(c.phone(), c.email(), c.address());
        }
    }

    /** An identity number as stored, with its check's verdict (version 1). */
    public record IdentifierStored(IdentifierType type, String value, IdentifierCheck.Verdict check, String message) {
    }

    /** The applicant's details as stored (version 1). */
    public record ApplicantDetailsStored(String sex, List<String> languages, Boolean interpreterNeeded,
            ContactStored contact, List<IdentifierStored> identifiers) {

        static ApplicantDetailsStored of(ApplicantDetails d) {
            return new ApplicantDetailsStored(d.sex(), d.languages(), d.interpreterNeeded(), ContactStored.of(d.contact()),
                    d.identifiers().stream()
                            .map(i -> new IdentifierStored(i.type(), i.value(), i.check(), i.message())).toList());
        }

        ApplicantDetails toValue() {
            return new ApplicantDetails(sex, languages, interpreterNeeded, ContactStored.toValue(contact),
                    identifiers == null ? null
                            : identifiers.stream()
                                    .map(i -> new HeldIdentifier(i.type(), i.value(), i.check(), i.message()))
                                    .toList());
        }
    }

    /** A household member as stored (version 1). */
    public record HouseholdMemberStored(UUID memberId, HouseholdRelation relation, String givenName, String familyName,
            LocalDate dateOfBirth, Integer estimatedBirthYear, String sex) {

        static HouseholdMemberStored of(HouseholdMember m) {
            return new HouseholdMemberStored(m.memberId(), m.relation(), m.givenName(), m.familyName(),
                    m.dateOfBirth(), m.estimatedBirthYear(), m.sex());
        }

        HouseholdMember toValue() {
            return new HouseholdMember(memberId, relation, givenName, familyName, dateOfBirth, estimatedBirthYear, sex);
        }
    }

    /** The vulnerability as stored (version 1). */
    public record VulnerabilityStored(List<VulnerabilityCategory> categories, OtherVulnerability otherSubtype,
            String traffickingIdentifiedBy, String reason, String notes) {

        static VulnerabilityStored of(Vulnerability v) {
            return new VulnerabilityStored(v.categories(), v.otherSubtype(), v.traffickingIdentifiedBy(), v.reason(),
                    v.notes());
        }

        Vulnerability toValue() {
            return new Vulnerability(categories, otherSubtype, traffickingIdentifiedBy, reason, notes);
        }
    }

    @Converter
    public static class ApplicantDetailsColumn extends ProtectedJson<ApplicantDetails, ApplicantDetailsStored> {
        public ApplicantDetailsColumn() {
            super(ApplicantDetailsStored.class, ApplicantDetailsStored::of, ApplicantDetailsStored::toValue);
        }
    }

    @Converter
    public static class HouseholdColumn extends ProtectedJson<List<HouseholdMember>, List<HouseholdMemberStored>> {
        public HouseholdColumn() {
            super(1, t -> t.constructCollectionType(List.class, HouseholdMemberStored.class),
                    members -> members.stream().map(HouseholdMemberStored::of).toList(),
                    stored -> stored.stream().map(HouseholdMemberStored::toValue).toList());
        }
    }

    @Converter
    public static class VulnerabilityColumn extends ProtectedJson<Vulnerability, VulnerabilityStored> {
        public VulnerabilityColumn() {
            super(VulnerabilityStored.class, VulnerabilityStored::of, VulnerabilityStored::toValue);
        }
    }
}
