package dev.avrr.referral.counselling;

import java.util.Optional;

/**
 * docs/domain.md#mandatory-return-conversations (RS 2012-019, "Obligatorisk retursamtale"): the reception centre must call every unaccompanied minor
 * to an individual return conversation after a UDI rejection, a UNE rejection, or a permit limited until 18. The
 * mandatory conversation is a formal, individual one, held on or after the decision; one answers one trigger.
 */
public final class MandatoryReturnConversation {

    public static final String MINORS_ONLY = "mandatory-conversation-minors-only";
    public static final String FORMAL_ONLY = "mandatory-conversation-formal";
    public static final String AFTER_TRIGGER = "mandatory-conversation-after-decision";

    private MandatoryReturnConversation() {
    }

    /** Why a trigger does not make a conversation mandatory for this resident, or empty if it does. */
    public static Optional<String> triggerRefusal(Resident resident, CounsellingInput.Trigger trigger) {
        return resident.minorOn(trigger.decidedOn()) ? Optional.empty() : Optional.of(MINORS_ONLY);
    }

    /** Why this conversation cannot be the mandatory one for the trigger, or empty if it can. */
    public static Optional<String> conversationRefusal(ConversationTrigger trigger,
            CounsellingInput.Conversation conversation) {
        if (conversation.form() != ReturnConversation.Form.FORMAL) {
            return Optional.of(FORMAL_ONLY);
        }
        if (conversation.heldOn().isBefore(trigger.decidedOn)) {
            return Optional.of(AFTER_TRIGGER);
        }
        return Optional.empty();
    }
}
