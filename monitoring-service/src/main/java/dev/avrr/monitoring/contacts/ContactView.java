package dev.avrr.monitoring.contacts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A contact as one role may see it: the wellbeing notes only for the mission of the country of return (need to
 * know); the sending office sees that the contact happened and how the plan and grant are going.
 */
@Schema(name = "MonitoringContact")
public record ContactView(UUID id, UUID caseId, LocalDate contactedOn, ContactMode mode, boolean reached,
        PlanProgress planProgress, GrantUse grantUse, String wellbeingNotes, String madeBy, String madeByOrg,
        OffsetDateTime recordedAt, UUID fulfilledItem, List<UUID> alerts) {

    static ContactView of(MonitoringContact c, boolean withNotes, List<UUID> alerts) {
        return new ContactView(c.id, c.caseId, c.contactedOn, c.mode, c.reached, c.planProgress, c.grantUse,
                withNotes ? c.wellbeingNotes : null, c.madeBy, c.madeByOrg, c.recordedAt, c.itemId, alerts);
    }
}
