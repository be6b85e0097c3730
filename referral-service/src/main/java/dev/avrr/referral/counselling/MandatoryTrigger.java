package dev.avrr.referral.counselling;

/**
 * The decisions after which a reception centre must call every unaccompanied minor to an individual return
 * conversation (docs/domain.md#mandatory-return-conversations, RS 2012-019): a rejection by UDI, a rejection by UNE, a permit limited until 18.
 */
public enum MandatoryTrigger {
    UDI_REJECTION, UNE_REJECTION, TEMPORARY_PERMIT_UNTIL_18
}
