package dev.avrr.grant.disbursement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.avrr.grant.allocation.Entitlement;
import dev.avrr.grant.catalogue.PayeeType;
import dev.avrr.grant.catalogue.SupportForm;
import dev.avrr.grant.money.Money;

/**
 * A disbursement. The payee's name and account, and the reasons given, only for those who handle the payment
 * (mission, finance).
 */
@Schema(name = "Disbursement")
public record DisbursementView(UUID id, UUID entitlementId, UUID caseId, UUID beneficiaryId, String category,
        SupportForm form, UUID planLineId, PayeeView payee, Money amount, DisbursementStatus status,
        String requestedBy, String requestedByOrg, OffsetDateTime requestedAt, String decidedBy,
        OffsetDateTime decidedAt, String decisionReason, PaymentView payment, String reversedBy,
        OffsetDateTime reversedAt, String reversalReason, long version) {

    /** The payee. */
    @Schema(name = "DisbursementPayee")
    public record PayeeView(PayeeType type, String name, String account) {
    }

    /** The payment as made. */
    @Schema(name = "DisbursementPayment")
    public record PaymentView(LocalDate paidOn, Money localAmount,
            @Schema(example = "0.08") String exchangeRate, Money nokEquivalent,
            String reference, String paidBy, OffsetDateTime paidAt) {
    }

    static DisbursementView of(Disbursement d, Entitlement e, boolean handlesPayment) {
        PaymentView payment = d.paidAt == null ? null
                : new PaymentView(d.paidOn, Money.of(d.localAmount, d.localCurrency), d.exchangeRate.stripTrailingZeros().toPlainString(),
                        Money.of(d.nokEquivalent, d.currency), handlesPayment ? d.paymentReference : null, d.paidBy,
                        d.paidAt);
        return new DisbursementView(d.id, d.entitlementId, e.caseId, e.beneficiaryId, d.category, d.form, d.planLineId,
                new PayeeView(d.payeeType, handlesPayment ? d.payeeName : null, handlesPayment ? d.payeeAccount : null),
                Money.of(d.amount, d.currency), d.status(), d.requestedBy, d.requestedByOrg, d.requestedAt,
                d.decidedBy, d.decidedAt, handlesPayment ? d.decisionReason : null, payment, d.reversedBy,
                d.reversedAt, handlesPayment ? d.reversalReason : null, d.version);
    }
}
