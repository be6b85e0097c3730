package dev.avrr.grant.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.avrr.grant.catalogue.PayeeType;
import dev.avrr.grant.catalogue.SupportForm;
import dev.avrr.grant.disbursement.DisbursementTransitions.Command;
import dev.avrr.platform.protection.PersonalRecord;
import dev.avrr.platform.protection.ProtectedString;
import dev.avrr.platform.statemachine.TransitionTable;

/** A payment from one category of an entitlement; the payee's name and account are protected at rest. */
@Entity
@Table(name = "disbursement")
public class Disbursement implements PersonalRecord {

    @Id
    public UUID id;

    @Column(name = "entitlement_id", nullable = false)
    public UUID entitlementId;

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportForm form;

    @Column(name = "plan_line_id")
    public UUID planLineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_type", nullable = false)
    public PayeeType payeeType;

    @Convert(converter = ProtectedString.class)
    @Column(name = "payee_name", nullable = false)
    public String payeeName;

    @Convert(converter = ProtectedString.class)
    @Column(name = "payee_account")
    public String payeeAccount;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DisbursementStatus status;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_by_org")
    public String requestedByOrg;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Convert(converter = ProtectedString.class)
    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "paid_by")
    public String paidBy;

    @Column(name = "paid_at")
    public OffsetDateTime paidAt;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    @Column(name = "local_amount", precision = 16, scale = 2)
    public BigDecimal localAmount;

    @Column(name = "local_currency")
    public String localCurrency;

    @Column(name = "exchange_rate", precision = 20, scale = 10)
    public BigDecimal exchangeRate;

    @Column(name = "nok_equivalent", precision = 14, scale = 2)
    public BigDecimal nokEquivalent;

    @Convert(converter = ProtectedString.class)
    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "reversed_by")
    public String reversedBy;

    @Column(name = "reversed_at")
    public OffsetDateTime reversedAt;

    @Convert(converter = ProtectedString.class)
    @Column(name = "reversal_reason")
    public String reversalReason;

    @Column(name = "reservation_transaction", nullable = false)
    public UUID reservationTransaction;

    @Column(name = "payment_transaction")
    public UUID paymentTransaction;

    @Column(name = "status_changed_at", nullable = false)
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;

    public DisbursementStatus status() {
        return status;
    }

    void requested(OffsetDateTime at) {
        status = DisbursementStatus.REQUESTED;
        statusChangedAt = at;
    }

    /** Takes an allowed transition (see {@link DisbursementTransitions}); the only way the status changes. */
    void take(TransitionTable.Transition<DisbursementStatus, Command> t, String actor, OffsetDateTime at) {
        status = t.takenFrom(status);
        statusChangedAt = at;
        switch (t.command()) {
            case APPROVE, REJECT, CANCEL -> {
                decidedBy = actor;
                decidedAt = at;
            }
            case PAY -> {
                paidBy = actor;
                paidAt = at;
            }
            case REVERSE -> {
                reversedBy = actor;
                reversedAt = at;
            }
        }
    }

    /** The entitlement paid from: erasure names each entitlement of the case. */
    @Override
    public UUID protectionSubject() {
        return entitlementId;
    }
}
