package dev.avrr.referral.feedback;

import java.util.Arrays;
import java.util.Optional;

import dev.avrr.referral.intake.Jurisdiction;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.DisbursementPaid;
import dev.avrr.vocabulary.events.MonitoringMilestone;
import dev.avrr.vocabulary.events.ReturnCompleted;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;

/**
 * The sanitised milestones the referrer sees of a case (Återkoppling, docs/domain.md#the-swedish-route: the Swedish partners are kept
 * informed throughout), each from one type of another service's event. On the Swedish route the label is the
 * step name of docs/domain.md#the-swedish-route where it names one. A case withdrawn or absconded is not fed back: "case closed" is.
 */
public enum MilestoneKind {
    CASE_OPENED(CaseRegistered.TYPE, "Case opened", null),
    UDI_DECISION_MADE(UdiDecisionRecorded.TYPE, "UDI decision made", null),
    TRAVEL_BOOKED(CaseProgressed.TRAVEL_SCHEDULED, "Travel booked", "Förberedelser inför och under hemresan"),
    RETURNED(ReturnCompleted.TYPE, "Returned", null),
    REINTEGRATION_STARTED(DisbursementPaid.TYPE, "Reintegration started", "Återintegrationsstöd"),
    MONITORING_STARTED(MonitoringMilestone.STARTED, "Monitoring started", "Uppföljning"),
    MONITORING_CONTACT_MADE(MonitoringMilestone.CONTACT_MADE, "Monitoring contact made", null),
    MONITORING_COMPLETED(MonitoringMilestone.COMPLETED, "Monitoring completed", null),
    MONITORING_ENDED_EARLY(MonitoringMilestone.ENDED_EARLY, "Monitoring ended early", null),
    CASE_CLOSED(CaseProgressed.CLOSED, "Case closed", null);

    private final String eventType;
    private final String label;
    private final String swedishLabel;

    MilestoneKind(String eventType, String label, String swedishLabel) {
        this.eventType = eventType;
        this.label = label;
        this.swedishLabel = swedishLabel;
    }

    public static Optional<MilestoneKind> ofEventType(String type) {
        return Arrays.stream(values()).filter(k -> k.eventType.equals(type)).findFirst();
    }

    public String label(Jurisdiction route) {
        return route == Jurisdiction.SE && swedishLabel != null ? swedishLabel : label;
    }

    /**
     * Whether the milestone tells how the person's return goes, rather than only that IOM opened or closed the
     * case: such milestones never reach the police or an authority of the country of return.
     */
    public boolean aboutTheReturn() {
        return this != CASE_OPENED && this != CASE_CLOSED;
    }

    /** Whether a case shows this milestone once only (the first payment on the grant starts reintegration). */
    public boolean oncePerCase() {
        return this != MONITORING_CONTACT_MADE && this != UDI_DECISION_MADE;
    }
}
