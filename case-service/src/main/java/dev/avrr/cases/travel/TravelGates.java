package dev.avrr.cases.travel;

import java.util.List;

import dev.avrr.cases.casefile.Guard;
import dev.avrr.cases.casefile.HouseholdAgesKnownGuard;
import dev.avrr.cases.consent.SharingConsentGuard;

/**
 * The gates every booking and every departure passes, in the order a refusal names them: approval first, then
 * consent, then what the travellers need. A refusal names the first gate that fails and lists all that do.
 */
public final class TravelGates {

    public static final List<Guard> ALL = List.of(new UdiApprovalGate(), new SharingConsentGuard(),
            new HouseholdAgesKnownGuard(), new NeedsInventoryGate(), new ReintegrationPlanGate(),
            new RiskAssessmentGate(), new FamilyTracingGate(), new MinorEscortGate(), new TravelDocumentGate(),
            new MedicalEscortGate());

    private TravelGates() {
    }
}
