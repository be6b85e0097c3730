package dev.avrr.referral.intake;

import java.util.List;

import jakarta.persistence.Converter;

import dev.avrr.platform.protection.ProtectedJson;

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

    /** The column: JSON, encrypted with the service's at-rest key. */
    @Converter
    public static class Column extends ProtectedJson<PersonDetails> {
        public Column() {
            super(PersonDetails.class);
        }
    }

    /** The vulnerability column (special-category data): JSON, encrypted with the service's at-rest key. */
    @Converter
    public static class VulnerabilityColumn extends ProtectedJson<ReferralInput.Vulnerability> {
        public VulnerabilityColumn() {
            super(ReferralInput.Vulnerability.class);
        }
    }

}
