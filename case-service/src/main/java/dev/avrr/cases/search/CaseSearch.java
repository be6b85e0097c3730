package dev.avrr.cases.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseQueries;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.search.BlindIndex;
import dev.avrr.platform.search.SearchTerms;
import dev.avrr.platform.sharing.SharingRule;

/**
 * Finds cases by their people (docs/data-protection.md#search), within the cases the caller may see — the same
 * sharing rule as the case list, so that a search that finds nobody the caller may see answers an empty page and
 * never tells of anyone elsewhere. The criteria are hashed with the index's key and compared with the people's
 * hashed terms; they are kept nowhere. Every search is audited as a read (of the search, and of each case found).
 */
@ApplicationScoped
public class CaseSearch {

    public static final String RESOURCE = "case-search";

    @Inject
    CaseAccess access;

    @Inject
    CaseQueries cases;

    @Inject
    BlindIndex blind;

    @Inject
    AuditTrail audit;

    @Transactional
    public Page<Object> search(SearchInput input, PageRequest page) {
        List<Set<String>> words = List.of();
        if (input.name() != null) {
            if (SearchTerms.normalise(input.name()).replace(" ", "").length() < 3) {
                throw Problems.invalid("name", "needs at least three letters or digits");
            }
            words = SearchTerms.searchedWords(input.name());
        }
        List<String> exact = new ArrayList<>();
        if (input.dateOfBirth() != null) {
            exact.add(SearchTerms.dateOfBirth(input.dateOfBirth()));
        }
        if (input.birthYear() != null) {
            exact.add(SearchTerms.birthYear(input.birthYear()));
        }
        if (input.nationality() != null) {
            exact.add(SearchTerms.nationality(input.nationality()));
        }
        if (input.identifier() != null) {
            exact.add(SearchTerms.identifier(input.identifier().type().name(), input.identifier().value()));
        }
        if (words.isEmpty() && exact.isEmpty()) {
            throw Problems.invalid("name", "give at least one of name, dateOfBirth, birthYear, nationality, identifier");
        }
        audit.success(AuditTrail.READ, RESOURCE, UUID.randomUUID());
        Optional<SharingRule.Condition> scope = access.listScope();
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> all = new ArrayList<>();
        List<String> having = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            List<String> hashed = words.get(w).stream().map(blind::hash).toList();
            all.addAll(hashed);
            parameters.put("word" + w, hashed);
            parameters.put("wordNeeded" + w, (long) SearchTerms.nameMatchesNeeded(hashed.size()));
            having.add("SUM(CASE WHEN t.term IN :word" + w + " THEN 1 ELSE 0 END) >= :wordNeeded" + w);
        }
        for (int i = 0; i < exact.size(); i++) {
            String hashed = blind.hash(exact.get(i));
            all.add(hashed);
            parameters.put("exact" + i, hashed);
            having.add("SUM(CASE WHEN t.term = :exact" + i + " THEN 1 ELSE 0 END) > 0");
        }
        parameters.put("searchTerms", all);
        String found = "c.id IN (SELECT t.caseId FROM PersonTerm t WHERE t.term IN :searchTerms "
                + "GROUP BY t.caseId, t.memberId HAVING " + String.join(" AND ", having) + ")";
        return cases.page(Where.within(scope.get()).and(found, parameters), page);
    }
}
