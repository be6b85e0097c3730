package dev.avrr.grant.conversion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.grant.access.AuditedRefusals;
import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.grant.allocation.EntitlementCategory;
import dev.avrr.grant.allocation.Entitlements;
import dev.avrr.grant.ledger.Account;
import dev.avrr.grant.ledger.EntryType;
import dev.avrr.grant.ledger.Ledger;
import dev.avrr.grant.money.AmountRules;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.outbox.Outbox;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.Roles;
import dev.avrr.vocabulary.events.ConversionMade;

/** Conversions between an entitlement's categories, under {@link ConversionPolicy}, recorded and announced. */
@ApplicationScoped
public class Conversions {

    /** The audit trail's name for the reads of an entitlement's conversions, recorded under the entitlement's id. */
    public static final String RESOURCE = "conversion";

    @Inject
    EntityManager em;

    @Inject
    Entitlements entitlements;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Transactional
    public ConversionView convert(UUID entitlementId, String ifMatch, ConvertInput input) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.PESSIMISTIC_WRITE, Roles.MISSION);
        return AuditedRefusals.run(audit, AuditTrail.UPDATE, Entitlements.RESOURCE, e.id, () -> {
            ETags.check(ifMatch, e.version);
            entitlements.requireActive(e);
            EntitlementCategory from = e.category(input.from())
                    .orElseThrow(() -> Problems.invalid("from", "is not a category of this entitlement"));
            EntitlementCategory to = e.category(input.to())
                    .orElseThrow(() -> Problems.invalid("to", "is not a category of this entitlement"));
            BigDecimal amount = AmountRules.check("amount", input.amount(), e.currency);
            ConversionPolicy.check(from, to, e.minor);
            AmountRules.withinBalance(from.code, amount,
                    ledger.balances(e.id, e.categoryCodes()).get(from.code).available(), e.currency);
            OffsetDateTime now = Now.time();
            Conversion c = new Conversion();
            c.id = UUID.randomUUID();
            c.entitlementId = e.id;
            c.fromCategory = from.code;
            c.toCategory = to.code;
            c.amount = amount;
            c.currency = e.currency;
            c.reason = input.reason().trim();
            c.convertedBy = caller.subject();
            c.convertedByOrg = caller.org().orElse(null);
            c.convertedAt = now;
            c.ledgerTransaction = ledger.post(e.id, e.currency, EntryType.CONVERSION, c.id,
                    List.of(new Ledger.Move(amount, Account.AVAILABLE, from.code, Account.AVAILABLE, to.code)));
            em.persist(c);
            e.changed(now);
            String key = e.caseId.toString();
            outbox.add(key, events.createWithPersonal(ConversionMade.TYPE, key,
                    new ConversionMade(e.caseId, e.id, e.beneficiaryId, c.id, now),
                    new ConversionMade.Moved(from.code, to.code, amount, e.currency)));
            audit.success(AuditTrail.UPDATE, Entitlements.RESOURCE, e.id);
            em.flush();
            return ConversionView.of(c, true);
        });
    }

    /**
     * The conversions of a case's entitlements with their reasons, oldest first, for the person's access request
     * only: neither scoped nor audited one by one (the part they go into is audited as an export).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConversionView> forAccessRequest(UUID caseId) {
        return em.createQuery("SELECT c FROM Conversion c, Entitlement e WHERE e.id = c.entitlementId "
                + "AND e.caseId = :c ORDER BY c.convertedAt, c.id", Conversion.class).setParameter("c", caseId)
                .getResultList().stream().map(c -> ConversionView.of(c, true)).toList();
    }

    @Transactional
    public List<ConversionView> list(UUID entitlementId, String... actingRoles) {
        Entitlement e = entitlements.scoped(entitlementId, LockModeType.NONE, actingRoles);
        audit.success(AuditTrail.READ, RESOURCE, e.id);
        boolean withReason = caller.hasRole(Roles.MISSION) || caller.hasRole(Roles.CASEWORKER);
        return em.createQuery("SELECT c FROM Conversion c WHERE c.entitlementId = :e ORDER BY c.convertedAt, c.id",
                Conversion.class).setParameter("e", e.id).getResultList().stream()
                .map(c -> ConversionView.of(c, withReason)).toList();
    }
}
