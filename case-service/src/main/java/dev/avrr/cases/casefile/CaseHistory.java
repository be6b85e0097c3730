package dev.avrr.cases.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.security.Actor;

/** Writes and reads a case's history. */
@ApplicationScoped
public class CaseHistory {

    @Inject
    EntityManager em;

    @Inject
    Actor actor;

    /** Records a step; {@code from} is null for steps that do not change the state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AvrrCase c, CaseStep step, CaseStatus from, String note, OffsetDateTime at) {
        CaseStepRecord s = new CaseStepRecord();
        s.caseId = c.id;
        s.occurredAt = at;
        s.step = step;
        s.label = step.label(c.jurisdiction);
        s.fromStatus = from;
        s.toStatus = c.status();
        s.actor = actor.subject();
        s.actorOrg = actor.org();
        s.note = note == null || note.isBlank() ? null : note.trim();
        em.persist(s);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseStepRecord> of(UUID caseId) {
        return em.createQuery("SELECT s FROM CaseStepRecord s WHERE s.caseId = :id ORDER BY s.id", CaseStepRecord.class)
                .setParameter("id", caseId).getResultList();
    }
}
