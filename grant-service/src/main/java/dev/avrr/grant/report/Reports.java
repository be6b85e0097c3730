package dev.avrr.grant.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.GrantScope;
import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.ledger.CategoryBalance;
import dev.avrr.grant.ledger.Ledger;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.statistics.ReportingPeriod;
import dev.avrr.platform.statistics.Tally;
import dev.avrr.vocabulary.events.Programme;

/** Reports from the ledger: per case (per beneficiary) and per programme, per category. */
@ApplicationScoped
public class Reports {

    @Inject
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    GrantScope scope;

    @Inject
    AuditTrail audit;

    @Transactional
    public CaseReport forCase(UUID caseId, String... actingRoles) {
        GrantCase c = em.find(GrantCase.class, caseId);
        if (!scope.covers(c, actingRoles)) {
            audit.refused(AuditTrail.READ, GrantCase.RESOURCE, caseId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("case");
        }
        audit.success(AuditTrail.READ, GrantCase.RESOURCE, caseId);
        return report(c);
    }

    /**
     * The case's report as its readers see it, for the person's access request only: neither scoped nor audited one
     * by one (the part it goes into is audited as an export); empty when grant-service does not know the case.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CaseReport> forAccessRequest(UUID caseId) {
        return Optional.ofNullable(em.find(GrantCase.class, caseId)).map(this::report);
    }

    private CaseReport report(GrantCase c) {
        UUID caseId = c.caseId;
        List<Entitlement> found = em.createQuery("SELECT e FROM Entitlement e WHERE e.caseId = :c "
                + "ORDER BY e.allocatedAt, e.relation, e.beneficiaryId", Entitlement.class).setParameter("c", caseId)
                .getResultList();
        List<CaseReport.Beneficiary> beneficiaries = new ArrayList<>();
        for (Entitlement e : found) {
            Map<String, CategoryBalance> balances = ledger.balances(e.id, e.categoryCodes());
            beneficiaries.add(new CaseReport.Beneficiary(e.id, e.beneficiaryId, e.relation, e.minor, e.programme(),
                    e.programmeVersion, balances.values().stream().map(b -> CategoryFigures.of(b, e.currency)).toList(),
                    CategoryFigures.of(total(balances.values()), e.currency)));
        }
        return new CaseReport(c.caseId, c.office, c.countryOfReturn, c.jurisdiction, c.programme(), c.registeredAt,
                c.approvedAt, c.returnedOn, c.stoppedAs, beneficiaries,
                totals(ledger.figures("e.case_id = ?1", List.of(caseId))));
    }

    /**
     * A programme's figures over the entitlements allocated in a reporting period (UTC months), optionally of one
     * version. Counts are tallied per month of allocation; a category's money per month by the entitlements behind
     * it, and shown only when no month has 1 to 4 of them (money paid to a few people tells how many they were).
     */
    @Transactional
    public ProgrammeReport forProgramme(Programme programme, Integer version, ReportingPeriod period) {
        // The programme is protected at rest: the period's entitlements (of the version asked for) are read, their
        // programme compared once opened, and the figures below count the ones that matched.
        var inPeriod = em.createQuery("SELECT e FROM Entitlement e WHERE e.allocatedAt >= :from AND e.allocatedAt < :to"
                + (version == null ? "" : " AND e.programmeVersion = :version"), Entitlement.class)
                .setParameter("from", period.start().atStartOfDay().atOffset(ZoneOffset.UTC))
                .setParameter("to", period.end().atStartOfDay().atOffset(ZoneOffset.UTC));
        if (version != null) {
            inPeriod.setParameter("version", version);
        }
        String ids = inPeriod.getResultList().stream().filter(e -> e.programme() == programme)
                .map(e -> e.id.toString()).collect(Collectors.joining(",", "{", "}"));
        String condition = "e.id = ANY(CAST(?1 AS uuid[]))";
        List<Object> params = List.of(ids);
        Tally cases = new Tally();
        Tally beneficiaries = new Tally();
        Tally minors = new Tally();
        for (Object[] row : select("SELECT " + MONTH + ", count(*), count(*) FILTER (WHERE e.minor) FROM entitlement e "
                + "WHERE " + condition + " GROUP BY 1", params)) {
            beneficiaries.add((String) row[0], ((Number) row[1]).longValue());
            minors.add((String) row[0], ((Number) row[2]).longValue());
        }
        // A case counts in the month of its first allocation.
        for (Object[] row : select("SELECT m, count(*) FROM (SELECT min(" + MONTH + ") AS m FROM entitlement e WHERE "
                + condition + " GROUP BY e.case_id) f GROUP BY m", params)) {
            cases.add((String) row[0], ((Number) row[1]).longValue());
        }
        Map<String, Tally> behind = new HashMap<>();
        for (Object[] row : select("SELECT l.currency, l.category, " + MONTH + ", count(DISTINCT e.id) FROM ledger_entry l "
                + "JOIN entitlement e ON e.id = l.entitlement_id WHERE " + condition + " GROUP BY 1, 2, 3", params)) {
            behind.computeIfAbsent(row[0].toString().trim() + "/" + row[1], k -> new Tally()).add((String) row[2],
                    ((Number) row[3]).longValue());
        }
        List<ProgrammeReport.Totals> totals = new ArrayList<>();
        for (CaseReport.CurrencyTotals t : totals(ledger.figures(condition, params))) {
            List<CategoryFigures> shown = new ArrayList<>();
            List<String> suppressed = new ArrayList<>();
            for (CategoryFigures f : t.categories()) {
                if (behind.getOrDefault(t.currency() + "/" + f.category(), new Tally()).showable()) {
                    shown.add(f);
                } else {
                    suppressed.add(f.category());
                }
            }
            totals.add(new ProgrammeReport.Totals(t.currency(), shown, suppressed,
                    suppressed.isEmpty() ? t.total() : null));
        }
        return new ProgrammeReport(programme, version, period.toString(), cases.shown(), beneficiaries.shown(),
                minors.shown(), totals);
    }

    /** An entitlement's month of allocation, in UTC, as 2026-03. */
    private static final String MONTH = "to_char(e.allocated_at AT TIME ZONE 'UTC', 'YYYY-MM')";

    @SuppressWarnings("unchecked")
    private List<Object[]> select(String sql, List<Object> params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    private static List<CaseReport.CurrencyTotals> totals(List<Object[]> rows) {
        Map<String, List<CategoryBalance>> byCurrency = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byCurrency.computeIfAbsent(row[1].toString().trim(), k -> new ArrayList<>()).add(Ledger.balance(row));
        }
        List<CaseReport.CurrencyTotals> totals = new ArrayList<>();
        byCurrency.forEach((currency, balances) -> totals.add(new CaseReport.CurrencyTotals(currency,
                balances.stream().map(b -> CategoryFigures.of(b, currency)).toList(),
                CategoryFigures.of(total(balances), currency))));
        return totals;
    }

    private static CategoryBalance total(java.util.Collection<CategoryBalance> balances) {
        return balances.stream().reduce(CategoryBalance.empty("TOTAL"), (a, b) -> new CategoryBalance("TOTAL",
                a.allocated().add(b.allocated()), a.convertedIn().add(b.convertedIn()),
                a.convertedOut().add(b.convertedOut()), a.reserved().add(b.reserved()), a.disbursed().add(b.disbursed()),
                a.available().add(b.available())));
    }
}
