package dev.avrr.cases.search;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.HeldIdentifier;
import dev.avrr.cases.casefile.HouseholdMember;
import dev.avrr.platform.search.BlindIndex;
import dev.avrr.platform.search.SearchTerms;

/**
 * Keeps the terms a case's people are found by (docs/data-protection.md#search), in the transaction of the change that
 * gave them: the applicant's names, date or year of birth, nationality and identifiers, and each household member's
 * names and date or year of birth — as keyed hashes. An erased case has none.
 */
@ApplicationScoped
public class PersonIndex {

    @Inject
    EntityManager em;

    @Inject
    BlindIndex blind;

    /** The case's people as they are now, indexed anew. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(AvrrCase c) {
        em.flush();
        em.createNativeQuery("DELETE FROM person_term WHERE case_id = :id").setParameter("id", c.id).executeUpdate();
        if (c.erasedAt != null) {
            c.searchKeyId = null;
            return;
        }
        Map<UUID, Set<String>> terms = terms(c);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO person_term (case_id, member_id, term) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Map.Entry<UUID, Set<String>> member : terms.entrySet()) {
                    for (String term : member.getValue()) {
                        ps.setObject(1, c.id);
                        ps.setObject(2, member.getKey());
                        ps.setString(3, blind.hash(term));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
        c.searchKeyId = blind.keyId();
    }

    /** The terms of each member of the household, the applicant first; in clear, to be hashed. */
    static Map<UUID, Set<String>> terms(AvrrCase c) {
        Map<UUID, Set<String>> terms = new LinkedHashMap<>();
        Set<String> applicant = person(c.applicantGivenName, c.applicantFamilyName, c.applicantDateOfBirth,
                c.applicantEstimatedBirthYear);
        if (c.applicantNationality != null) {
            applicant.add(SearchTerms.nationality(c.applicantNationality));
        }
        if (c.applicantDetails != null) {
            for (HeldIdentifier id : c.applicantDetails.identifiers()) {
                applicant.add(SearchTerms.identifier(id.type().name(), id.value()));
            }
        }
        terms.put(c.applicantMemberId, applicant);
        for (HouseholdMember m : c.householdMembers()) {
            terms.put(m.memberId(), person(m.givenName(), m.familyName(), m.dateOfBirth(), m.estimatedBirthYear()));
        }
        return terms;
    }

    private static Set<String> person(String given, String family, LocalDate born, Integer estimatedYear) {
        Set<String> terms = new LinkedHashSet<>(SearchTerms.name(given, family));
        terms.add(SearchTerms.fullName(given, family));
        if (born != null) {
            terms.add(SearchTerms.dateOfBirth(born));
            terms.add(SearchTerms.birthYear(born.getYear()));
        } else if (estimatedYear != null) {
            terms.add(SearchTerms.birthYear(estimatedYear));
        }
        return terms;
    }
}
