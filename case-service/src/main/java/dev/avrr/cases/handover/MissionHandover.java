package dev.avrr.cases.handover;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.consent.SharingConsentGuard;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.time.Now;

// docs/domain.md#the-swedish-route, step 4 (Stöd): IOM Helsinki contacts the IOM office in the home country;
// docs/domain.md#the-victims-of-trafficking-package: the mission makes the reintegration plan with the returnee.
/**
 * The sending office hands the case over to the mission of the country of return, only while the person's consent
 * to share for the return stands. Before it the mission sees nothing of the case in any service; after it, what
 * it needs to prepare the reception, the plan and the money (docs/sharing.md). Announced to every service.
 */
@ApplicationScoped
public class MissionHandover {

    public static final String CASE_ENDED = "case-ended";
    public static final String ALREADY_HANDED_OVER = "already-handed-over";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Actor actor;

    @Transactional
    public AvrrCase handOver(UUID id, String ifMatch) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        if (!c.status().isOpen()) {
            throw lifecycle.refused(c, CASE_ENDED);
        }
        if (c.handedOverToMissionAt != null) {
            throw lifecycle.refused(c, ALREADY_HANDED_OVER);
        }
        new SharingConsentGuard().refusal(c, Now.today()).ifPresent(guard -> {
            throw lifecycle.refused(c, guard);
        });
        c.handedOverToMissionAt = Now.time();
        c.handedOverBy = actor.subject();
        lifecycle.note(c, CaseStep.HANDED_OVER_TO_MISSION, c.countryOfReturn);
        em.flush();
        return c;
    }
}
