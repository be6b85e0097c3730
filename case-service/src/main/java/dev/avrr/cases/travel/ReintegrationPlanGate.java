package dev.avrr.cases.travel;

import java.time.LocalDate;
import java.util.Optional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.Guard;
import dev.avrr.vocabulary.events.Programme;

// docs/domain.md#the-swedish-route, Återintegrationsplan: IOM draws up a plan for reintegration in the home country before the journey.
/**
 * A reintegration plan that grant-service has approved for the case — known here from its announcement, not from an
 * id typed in — comes before travel, for every programme that gives reintegration support.
 */
public final class ReintegrationPlanGate implements Guard {

    public static final String NAME = "plan-not-approved";

    @Override
    public Optional<String> refusal(AvrrCase c, LocalDate on) {
        if (c.programme == Programme.UDI_STANDARD || c.planApprovedAt != null) {
            return Optional.empty();
        }
        return Optional.of(NAME);
    }
}
