package dev.avrr.referral.intake;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.platform.protection.ProtectedJson;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.OtherVulnerability;
import dev.avrr.vocabulary.events.VulnerabilityCategory;

/**
 * The parts of a referred person that identify or reach them — languages, contact details, identity numbers,
 * the household — kept together in one column protected at rest.
 */
public record PersonDetails(List<String> languages, ReferralInput.Contact contact,
        List<ReferralInput.Identifier> identifiers, List<ReferralInput.HouseholdMember> household) {

    public static PersonDetails of(ReferralInput.Person p) {
        return new PersonDetails(orEmpty(p.languages()), p.contact(), orEmpty(p.identifiers()).stream()
                .map(i -> new ReferralInput.Identifier(i.type(), i.value().trim())).toList(), orEmpty(p.household()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The person's details as stored (version 1). */
    public record Stored(List<String> languages, ContactStored contact, List<IdentifierStored> identifiers,
            List<HouseholdMemberStored> household) {

        static Stored of(PersonDetails d) {
            ReferralInput.Contact c = d.contact();
            return new Stored(d.languages(), c == null ? null : new ContactStored(c.phone(), c.email(), c.address()),
                    d.identifiers() == null ? null
                            : d.identifiers().stream().map(i -> new IdentifierStored(i.type(), i.value())).toList(),
                    d.household() == null ? null
                            : d.household().stream().map(m -> new HouseholdMemberStored(m.givenName(),
                                    m.familyName(), m.dateOfBirth(), m.relation(), m.sex())).toList());
        }

        PersonDetails toValue() {
            return new PersonDetails(languages,
                    contact == null ? null : new ReferralInput.Contact(contact.phone(), contact.email(), contact.address()),
                    identifiers == null ? null
                            : identifiers.stream().map(i -> new ReferralInput.Identifier(i.type(), i.value())).toList(),
                    household == null ? null
                            : household.stream().map(m -> new ReferralInput.HouseholdMember(m.givenName(),
                                    m.familyName(), m.dateOfBirth(), m.relation(), m.sex())).toList());
        }
    }

    public record ContactStored(String phone, String email, String address) {
    }

    public record IdentifierStored(IdentifierType type, String value) {
    }

    public record HouseholdMemberStored(String givenName, String familyName, LocalDate dateOfBirth,
            HouseholdRelation relation, Sex sex) {
    }

    /** The vulnerability as stored (version 1). */
    public record VulnerabilityStored(List<VulnerabilityCategory> categories, OtherVulnerability otherSubtype,
            String traffickingIdentifiedBy, String referralReason, String notes) {

        static VulnerabilityStored of(ReferralInput.Vulnerability v) {
            return new VulnerabilityStored(v.categories(), v.otherSubtype(), v.traffickingIdentifiedBy(),
                    v.referralReason(), v.notes());
        }

        ReferralInput.Vulnerability toValue() {
            return new ReferralInput.Vulnerability(categories, otherSubtype, traffickingIdentifiedBy, referralReason,
                    notes);
        }
    }

    /** The column: JSON, sealed with the referral's key; the erasure empties it. */
    @Converter
    public static class Column extends ProtectedJson<PersonDetails, Stored> {
        public Column() {
            super(Stored.class, Stored::of, Stored::toValue);
        }
    }

    /**
     * The vulnerability column (special-category data): JSON, sealed with the referral's key. It mixes codes that the
     * erasure keeps (the categories, the other subtype) with the person's story, so it is not kept as it is: the
     * erasure rewrites it with the codes only, sealed then with the service's key.
     */
    @Converter
    public static class VulnerabilityColumn extends ProtectedJson<ReferralInput.Vulnerability, VulnerabilityStored> {
        public VulnerabilityColumn() {
            super(VulnerabilityStored.class, VulnerabilityStored::of, VulnerabilityStored::toValue);
        }
    }
}
