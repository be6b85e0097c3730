package dev.avrr.referral.intake;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.identifiers.IdentifierCheck;
import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.platform.problem.Problem.Violation;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.time.PastDates;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.VulnerabilityCategory;

/**
 * The checks on a referred person that field annotations cannot make: known country and language codes, a
 * date of birth or an estimated year, each identifier by its own rule, a plausible household, a consistent
 * vulnerability. Every violation is reported at once, after an estimated birth year later than this one, which the
 * platform's rule for dates of what already happened refuses first ({@link PastDates}, 422). A DUF number whose
 * check digits do not match the rule known from public code is a warning, not a refusal
 * (docs/domain.md#identifiers-the-system-must-validate).
 */
@ApplicationScoped
public class PersonRules {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    private static final Set<VulnerabilityCategory> TRAFFICKING = EnumSet.of(
            VulnerabilityCategory.VICTIM_OF_TRAFFICKING_ADULT, VulnerabilityCategory.VICTIM_OF_TRAFFICKING_CHILD);

    @Inject
    ReferralRulesConfig config;

    /** The person's country codes, normalised to alpha-2, and the warnings to give the sender. */
    public record Checked(String nationality, String countryOfReturn, List<Violation> warnings) {
    }

    public Checked check(ReferralInput.Person person, ReferralInput.Vulnerability vulnerability) {
        // Like the date of birth's bound, before any check that reads the birth (a parent's plausible age).
        PastDates.year("person.estimatedBirthYear", person.estimatedBirthYear());
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        String nationality = country("person.nationality", person.nationality(), errors);
        String countryOfReturn = country("person.countryOfReturn", person.countryOfReturn(), errors);
        birth(person, errors);
        languages(person.languages(), errors);
        identifiers(person.identifiers(), errors, warnings);
        household(person, errors);
        vulnerability(vulnerability, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.violations(errors);
        }
        return new Checked(nationality, countryOfReturn, List.copyOf(warnings));
    }

    private static String country(String field, String code, List<Violation> errors) {
        return CountryCode.normalise(code).orElseGet(() -> {
            errors.add(new Violation(field, "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
            return null;
        });
    }

    private static void birth(ReferralInput.Person p, List<Violation> errors) {
        if (p.dateOfBirth() == null && p.estimatedBirthYear() == null) {
            errors.add(new Violation("person.dateOfBirth", "is required, or an estimatedBirthYear"));
        }
        if (p.dateOfBirth() != null && p.dateOfBirth().getYear() < 1900) {
            errors.add(new Violation("person.dateOfBirth", "is before 1900"));
        }
        if (p.dateOfBirth() != null && p.estimatedBirthYear() != null
                && p.dateOfBirth().getYear() != p.estimatedBirthYear()) {
            errors.add(new Violation("person.estimatedBirthYear", "contradicts the date of birth; give one of them"));
        }
    }

    private static void languages(List<String> languages, List<Violation> errors) {
        if (languages == null) {
            return;
        }
        for (int i = 0; i < languages.size(); i++) {
            String code = languages.get(i);
            if (code != null && code.length() == 2 && !ISO_639_1.contains(code)) {
                errors.add(new Violation("person.languages[" + i + "]", "is not an ISO 639-1 language code"));
            }
        }
    }

    private static void identifiers(List<ReferralInput.Identifier> identifiers, List<Violation> errors,
            List<Violation> warnings) {
        if (identifiers == null) {
            return;
        }
        Set<IdentifierType> seen = new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            ReferralInput.Identifier id = identifiers.get(i);
            String field = "person.identifiers[" + i + "].value";
            if (!seen.add(id.type())) {
                errors.add(new Violation("person.identifiers[" + i + "].type", "is given twice"));
                continue;
            }
            IdentifierCheck check = id.type().check(id.value().trim());
            if (check.verdict() == IdentifierCheck.Verdict.INVALID) {
                errors.add(new Violation(field, check.message()));
            } else if (check.verdict() == IdentifierCheck.Verdict.WARNING) {
                warnings.add(new Violation(field, check.message()));
            }
        }
    }

    private void household(ReferralInput.Person p, List<Violation> errors) {
        if (p.household() == null) {
            return;
        }
        for (int i = 0; i < p.household().size(); i++) {
            ReferralInput.HouseholdMember m = p.household().get(i);
            String field = "person.household[" + i + "]";
            if (m.relation() == HouseholdRelation.APPLICANT) {
                errors.add(new Violation(field + ".relation", "APPLICANT is the referred person; a member is "
                        + "CHILD, SPOUSE or OTHER"));
            }
            if (m.relation() == HouseholdRelation.CHILD) {
                PlausibleParentAge.check(p.dateOfBirth(), p.estimatedBirthYear(), m.dateOfBirth(),
                        config.minimumParentAge()).ifPresent(msg -> errors.add(new Violation(field + ".dateOfBirth", msg)));
            }
        }
    }

    private static void vulnerability(ReferralInput.Vulnerability v, List<Violation> errors) {
        if (v == null) {
            return;
        }
        List<VulnerabilityCategory> categories = v.categories() == null ? List.of() : v.categories();
        if (new HashSet<>(categories).size() != categories.size()) {
            errors.add(new Violation("vulnerability.categories", "names a category twice"));
        }
        boolean other = categories.contains(VulnerabilityCategory.OTHER);
        if (other && v.otherSubtype() == null) {
            errors.add(new Violation("vulnerability.otherSubtype", "is required with the category OTHER"));
        }
        if (!other && v.otherSubtype() != null) {
            errors.add(new Violation("vulnerability.otherSubtype", "is only for the category OTHER"));
        }
        boolean trafficking = categories.stream().anyMatch(TRAFFICKING::contains);
        if (trafficking && (v.traffickingIdentifiedBy() == null || v.traffickingIdentifiedBy().isBlank())) {
            errors.add(new Violation("vulnerability.traffickingIdentifiedBy",
                    "is required for a victim of trafficking: who identified the person"));
        }
        if (!trafficking && v.traffickingIdentifiedBy() != null) {
            errors.add(new Violation("vulnerability.traffickingIdentifiedBy",
                    "is only for a victim of trafficking category"));
        }
    }
}
