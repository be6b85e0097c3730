package dev.avrr.monitoring.plans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

// docs/domain.md#the-swedish-route (Uppföljning: the local office keeps contact through the plan): a contact that reached the returnee fulfils the earliest open item whose window has opened (late items first); an attempt that did not reach them fulfils none.
public final class ContactFulfilsDueItem {

    private ContactFulfilsDueItem() {
    }

    public static Optional<PlanItem> item(List<PlanItem> plan, LocalDate contactedOn, boolean reached) {
        if (!reached) {
            return Optional.empty();
        }
        return plan.stream().filter(i -> i.status().isOpen() && !i.opensOn.isAfter(contactedOn))
                .min(Comparator.comparingInt(i -> i.position));
    }
}
