package dev.avrr.grant.subjectrights;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.grant.allocation.EntitlementResource;
import dev.avrr.grant.allocation.EntitlementView;
import dev.avrr.grant.allocation.Entitlements;
import dev.avrr.grant.cases.GrantCase;
import dev.avrr.grant.conversion.ConversionView;
import dev.avrr.grant.conversion.Conversions;
import dev.avrr.grant.disbursement.DisbursementView;
import dev.avrr.grant.disbursement.Disbursements;
import dev.avrr.grant.disbursement.EvidenceView;
import dev.avrr.grant.plan.PlanView;
import dev.avrr.grant.plan.Plans;
import dev.avrr.grant.report.CaseReport;
import dev.avrr.grant.report.Reports;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.subjectrights.AccessParts;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.AccessRequested;

/**
 * grant-service's part of a person's access request (avrr.case.access-requested.v1): everything it holds on the
 * case's person and household — the case as grant-service knows it, each beneficiary's entitlement and its ledger,
 * conversions, physician's statements, reintegration plans, disbursements with their payees — rendered as the API
 * shows them to the staff who handle them, each class of data with since when, why and who sees it (the sharing
 * rule of docs/sharing.md), and every access to those records from the audit trail. Announced sealed, keyed by the
 * case; a case grant-service does not know still gets a part, holding nothing, so that the package can tell "holds
 * nothing" from "not answered". After the people of the case were erased ({@link GrantErasure}) the part says so
 * ({@code data} {@code {"erased": true, "erasedAt": …}}, every class held on nobody) rather than show the
 * anonymised records, and still gives who read them before: the audit trail is kept.
 */
@ApplicationScoped
public class GrantAccessPart {

    static final String IOM_OFFICE = "IOM office";
    static final String IOM_MISSION = "IOM mission in the country of return";
    static final String IOM_FINANCE = "IOM finance";
    static final String IOM_AUDITOR = "IOM auditor";
    static final String REFERRER = "the partner organisation that referred the person";

    /** The classes of data grant-service holds on a person, in the order the part lists them. */
    enum Held {
        CASE("grant case", "To know which reintegration grant programme applies to the case, when the case was "
                + "approved and the person arrived, and whether payments must stop.",
                List.of(IOM_OFFICE, IOM_MISSION, IOM_FINANCE, IOM_AUDITOR)),
        ENTITLEMENTS("reintegration grant entitlements", "To allocate to the person and each member of the household "
                + "the reintegration grant the programme gives them, category by category.",
                List.of(IOM_OFFICE, IOM_MISSION, IOM_FINANCE, IOM_AUDITOR)),
        LEDGER("grant ledger", "To account for every movement of the grant money, so that it is never overspent "
                + "or paid twice.", List.of(IOM_OFFICE, IOM_MISSION, IOM_FINANCE, IOM_AUDITOR)),
        CONVERSIONS("conversions between grant categories", "To record when, by whom and why support was moved "
                + "from one category of the grant to another, as the programme's conversion rules allow.",
                List.of(IOM_MISSION, IOM_OFFICE, IOM_FINANCE, IOM_AUDITOR)),
        EVIDENCE("physician's statements", "To show the medical need before medical support is paid, as the "
                + "programme requires.", List.of(IOM_MISSION, IOM_OFFICE)),
        PLANS("reintegration plans", "To agree with the person how the in-kind support is used after the return, "
                + "and to approve it before it is paid.", List.of(IOM_MISSION, IOM_OFFICE, REFERRER)),
        DISBURSEMENTS("disbursements and payments", "To request, approve and record each payment of the grant: "
                + "from which category, how much, when and in which currency.",
                List.of(IOM_MISSION, IOM_FINANCE, IOM_OFFICE, IOM_AUDITOR)),
        PAYEES("payees and their accounts", "To pay the support to the right person or provider: the name and "
                + "account paid to, the payment reference and the reasons given for a decision.",
                List.of(IOM_MISSION, IOM_FINANCE));

        final String category;
        final String purpose;
        final List<String> recipients;

        Held(String category, String purpose, List<String> recipients) {
            this.category = category;
            this.purpose = purpose;
            this.recipients = recipients;
        }
    }

    /** One entitlement's ledger entries, oldest first. */
    record EntitlementLedger(UUID entitlementId, List<EntitlementResource.LedgerEntryView> entries) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Events events;

    @Inject
    AccessParts accessParts;

    @Inject
    Reports reports;

    @Inject
    Entitlements entitlements;

    @Inject
    Conversions conversions;

    @Inject
    Plans plans;

    @Inject
    Disbursements disbursements;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequested(EventEnvelope event) {
        AccessRequested request = events.data(event, AccessRequested.class);
        accessParts.contribute(AccessPartAssembled.GRANT, request, part(request.caseId()));
    }

    private AccessPartAssembled.Part part(UUID caseId) {
        GrantCase known = em.find(GrantCase.class, caseId);
        ObjectNode data = json.createObjectNode();
        Map<Held, OffsetDateTime> since = new LinkedHashMap<>();
        if (known == null) {
            return new AccessPartAssembled.Part(holdings(since), data, List.of());
        }
        if (known.erasedAt != null) {
            data.put("erased", true);
            data.set("erasedAt", json.valueToTree(known.erasedAt));
            return new AccessPartAssembled.Part(holdings(since), data, accessParts.accessLog(records(caseId,
                    ids("SELECT e.id FROM Entitlement e WHERE e.caseId = :c", caseId),
                    ids("SELECT p.id FROM ReintegrationPlan p, Entitlement e WHERE e.id = p.entitlementId "
                            + "AND e.caseId = :c", caseId),
                    ids("SELECT d.id FROM Disbursement d, Entitlement e WHERE e.id = d.entitlementId "
                            + "AND e.caseId = :c", caseId))));
        }
        CaseReport report = reports.forAccessRequest(caseId).orElseThrow();
        List<EntitlementView> held = entitlements.forAccessRequest(caseId);
        List<EntitlementLedger> ledgers = held.stream()
                .map(e -> new EntitlementLedger(e.id(), entitlements.ledgerForAccessRequest(e.id()))).toList();
        List<ConversionView> moved = conversions.forAccessRequest(caseId);
        List<EvidenceView> evidence = disbursements.evidenceForAccessRequest(caseId);
        List<PlanView> planned = plans.forAccessRequest(caseId);
        List<DisbursementView> paid = disbursements.forAccessRequest(caseId);

        data.set("grantCase", json.valueToTree(report));
        data.set("entitlements", json.valueToTree(held));
        data.set("ledger", json.valueToTree(ledgers));
        data.set("conversions", json.valueToTree(moved));
        data.set("evidence", json.valueToTree(evidence));
        data.set("plans", json.valueToTree(planned));
        data.set("disbursements", json.valueToTree(paid));

        since.put(Held.CASE, known.knownSince);
        since.put(Held.ENTITLEMENTS, first(held, EntitlementView::allocatedAt));
        since.put(Held.LEDGER, first(ledgers.stream().flatMap(l -> l.entries().stream()).toList(),
                EntitlementResource.LedgerEntryView::recordedAt));
        since.put(Held.CONVERSIONS, first(moved, ConversionView::convertedAt));
        since.put(Held.EVIDENCE, first(evidence, EvidenceView::recordedAt));
        since.put(Held.PLANS, first(planned, PlanView::createdAt));
        since.put(Held.DISBURSEMENTS, first(paid, DisbursementView::requestedAt));
        since.put(Held.PAYEES, first(paid, DisbursementView::requestedAt));

        return new AccessPartAssembled.Part(holdings(since), data, accessParts.accessLog(records(caseId,
                held.stream().map(EntitlementView::id).toList(), planned.stream().map(PlanView::id).toList(),
                paid.stream().map(DisbursementView::id).toList())));
    }

    /** The case's records by the audit trail's resource type, for the access log. */
    private static Map<String, Collection<UUID>> records(UUID caseId, List<UUID> entitlementIds, List<UUID> planIds,
            List<UUID> disbursementIds) {
        Map<String, Collection<UUID>> records = new LinkedHashMap<>();
        records.put(GrantCase.RESOURCE, List.of(caseId));
        records.put(Entitlements.RESOURCE, entitlementIds);
        // The reads of an entitlement's conversions are audited under the entitlement's id.
        records.put(Conversions.RESOURCE, entitlementIds);
        records.put(Plans.RESOURCE, planIds);
        records.put(Disbursements.RESOURCE, disbursementIds);
        return records;
    }

    private List<UUID> ids(String jpql, UUID caseId) {
        return em.createQuery(jpql, UUID.class).setParameter("c", caseId).getResultList();
    }

    /** One holding per class, in {@link Held}'s order; {@code since} is null for a class held on nobody here. */
    private static List<AccessPartAssembled.Holding> holdings(Map<Held, OffsetDateTime> since) {
        List<AccessPartAssembled.Holding> holdings = new ArrayList<>();
        for (Held h : Held.values()) {
            holdings.add(new AccessPartAssembled.Holding(h.category, since.get(h), h.purpose, h.recipients));
        }
        return holdings;
    }

    private static <T> OffsetDateTime first(List<T> records, Function<T, OffsetDateTime> at) {
        return records.stream().map(at).filter(Objects::nonNull).min(OffsetDateTime::compareTo).orElse(null);
    }
}
