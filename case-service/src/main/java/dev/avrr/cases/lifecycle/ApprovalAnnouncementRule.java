package dev.avrr.cases.lifecycle;

import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.HouseholdAgesKnownGuard;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.consent.SignedApplicationGuard;

// docs/domain.md#the-swedish-route: Välgrundat beslut — the signed AVRR application is the person's well-founded
// decision to return; the grant is allocated on it, not on the referral alone.
/**
 * When the approval is announced (avrr.case.approved.v1), from which grant-service allocates the package: once the
 * case is approved, every traveller's age is known (ages decide the package), and — on the Swedish route, where the
 * case is approved when IOM Helsinki accepts the coordinator's referral — the signed application is on record.
 * Until then the announcement waits, named by what it waits for.
 */
public final class ApprovalAnnouncementRule {

    public static final String NOT_APPROVED = "not-approved";

    private ApprovalAnnouncementRule() {
    }

    /** What the announcement of {@code c}'s approval still waits for; empty once it is due. */
    public static Optional<String> waitingFor(AvrrCase c) {
        if (c.approvedAt == null) {
            return Optional.of(NOT_APPROVED);
        }
        if (!c.travellers().stream().allMatch(t -> t.birth().known())) {
            return Optional.of(HouseholdAgesKnownGuard.NAME);
        }
        if (c.jurisdiction == Jurisdiction.SE && !c.applicationSigned()) {
            return Optional.of(SignedApplicationGuard.NAME);
        }
        return Optional.empty();
    }
}
