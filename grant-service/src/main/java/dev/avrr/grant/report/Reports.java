package dev.avrr.grant.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import dev.avrr.platform.events.contract.Programme;
import dev.avrr.platform.problem.Problems;

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
        List<Entitlement> found = em.createQuery("SELECT e FROM Entitlement e WHERE e.caseId = :c "
                + "ORDER BY e.allocatedAt, e.relation, e.beneficiaryId", Entitlement.class).setParameter("c", caseId)
                .getResultList();
        List<CaseReport.Beneficiary> beneficiaries = new ArrayList<>();
        for (Entitlement e : found) {
            Map<String, CategoryBalance> balances = ledger.balances(e.id, e.categoryCodes());
            beneficiaries.add(new CaseReport.Beneficiary(e.id, e.beneficiaryId, e.relation, e.minor, e.programme,
                    e.programmeVersion, balances.values().stream().map(b -> CategoryFigures.of(b, e.currency)).toList(),
                    CategoryFigures.of(total(balances.values()), e.currency)));
        }
        return new CaseReport(c.caseId, c.office, c.countryOfReturn, c.jurisdiction, c.programme, c.registeredAt,
                c.approvedAt, c.returnedOn, c.stoppedAs, beneficiaries,
                totals(ledger.figures("e.case_id = ?1", List.of(caseId))));
    }

    /** A programme's figures over the entitlements allocated in [from, to) (UTC days), optionally of one version. */
    @Transactional
    public ProgrammeReport forProgramme(Programme programme, Integer version, LocalDate from, LocalDate to) {
        StringBuilder condition = new StringBuilder("e.programme = ?1");
        List<Object> params = new ArrayList<>(List.of(programme.name()));
        if (version != null) {
            params.add(version);
            condition.append(" AND e.programme_version = ?").append(params.size());
        }
        if (from != null) {
            params.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
            condition.append(" AND e.allocated_at >= ?").append(params.size());
        }
        if (to != null) {
            params.add(to.atStartOfDay().atOffset(ZoneOffset.UTC));
            condition.append(" AND e.allocated_at < ?").append(params.size());
        }
        var counts = em.createNativeQuery("SELECT count(DISTINCT e.case_id), count(*), count(*) FILTER (WHERE e.minor) "
                + "FROM entitlement e WHERE " + condition);
        for (int i = 0; i < params.size(); i++) {
            counts.setParameter(i + 1, params.get(i));
        }
        Object[] n = (Object[]) counts.getSingleResult();
        return new ProgrammeReport(programme, version, from, to, ((Number) n[0]).longValue(),
                ((Number) n[1]).longValue(), ((Number) n[2]).longValue(),
                totals(ledger.figures(condition.toString(), params)));
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
