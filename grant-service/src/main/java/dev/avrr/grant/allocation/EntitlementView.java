package dev.avrr.grant.allocation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.catalogue.CategoryKind;
import dev.avrr.grant.catalogue.EvidenceRequirement;
import dev.avrr.grant.catalogue.PayeeRule;
import dev.avrr.grant.catalogue.PayeeType;
import dev.avrr.grant.catalogue.SupportForm;
import dev.avrr.grant.ledger.CategoryBalance;
import dev.avrr.grant.money.Money;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;

/** An entitlement with each category's figures from the ledger. Ids and codes; no person's details. */
@Schema(name = "Entitlement")
public record EntitlementView(UUID id, UUID caseId, UUID beneficiaryId, HouseholdRelation relation, boolean minor,
        Programme programme, int programmeVersion, String currency, OffsetDateTime allocatedAt, boolean stopped,
        List<CategoryView> categories, Money allocated, Money available, long version) {

    /** A category: what it is, who is paid, and its figures. */
    @Schema(name = "EntitlementCategory")
    public record CategoryView(String code, String label, CategoryKind kind, SupportForm form, PayeeType payee,
            boolean needsBased, EvidenceRequirement evidenceRequired, boolean singlePayment, Money allocated,
            Money convertedIn, Money convertedOut, Money reserved, Money disbursed, Money available) {
    }

    public static EntitlementView of(Entitlement e, Map<String, CategoryBalance> balances, boolean stopped) {
        String cur = e.currency;
        List<CategoryView> categories = e.categories.stream().map(c -> {
            CategoryBalance b = balances.getOrDefault(c.code, CategoryBalance.empty(c.code));
            return new CategoryView(c.code, c.label, c.kind, c.form, PayeeRule.payeeFor(c.form, e.minor), c.needsBased,
                    c.evidenceRequired, c.singlePayment, Money.of(b.allocated(), cur), Money.of(b.convertedIn(), cur),
                    Money.of(b.convertedOut(), cur), Money.of(b.reserved(), cur), Money.of(b.disbursed(), cur),
                    Money.of(b.available(), cur));
        }).toList();
        CategoryBalance total = balances.values().stream().reduce(CategoryBalance.empty("total"), CategoryBalance::plus);
        return new EntitlementView(e.id, e.caseId, e.beneficiaryId, e.relation, e.minor, e.programme(),
                e.programmeVersion, cur, e.allocatedAt, stopped, categories, Money.of(total.allocated(), cur),
                Money.of(total.available(), cur), e.version);
    }
}
