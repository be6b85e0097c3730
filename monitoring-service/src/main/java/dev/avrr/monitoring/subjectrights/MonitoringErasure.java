package dev.avrr.monitoring.subjectrights;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.alerts.AlertStatus;
import dev.avrr.monitoring.feedback.ReturneeFeedback;
import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.subjectrights.Erasures;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;

/**
 * monitoring-service's side of a person's erasure (docs/data-protection.md#erasure-and-retention), in the transaction
 * of case-service's event. The check: a protection alert of the case that is not resolved stands in the way (the
 * office resolves it first). The erasure, in place: what describes the returnee — the mission's wellbeing notes, the
 * alerts' details and the notes of their steps, the feedback's words and the languages of the feedback and of the
 * consent decisions, the household's size — is overwritten; the ids, statuses, codes (programme, category, alert
 * kinds, modes), dates and survey answers and scores stay, so every statistic counts the same before and after; the
 * audit trail is not touched. The published copies of the case's events go too. Then the keys of the case and of
 * its alerts are destroyed: whatever of theirs erasure did not rewrite — here, in a backup, in any copy — can no
 * longer be read (what it rewrites, and the codes it keeps, are sealed with the service's key). A second erasure
 * changes nothing.
 */
@ApplicationScoped
public class MonitoringErasure {

    /** What a NOT NULL text column holds once erased. */
    public static final String ERASED = Erasures.ERASED;
    /** What a language column holds once erased: ISO 639-2 "undetermined". */
    public static final String NO_LANGUAGE = Erasures.NO_LANGUAGE;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Erasures erasures;

    @Inject
    AuditTrail audit;

    @Inject
    SubjectKeys subjectKeys;

    /** The check: answers what stands in the way, and changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRequested(EventEnvelope event) {
        ErasureRequested request = events.data(event, ErasureRequested.class);
        long open = em.createQuery("SELECT COUNT(a) FROM ProtectionAlert a WHERE a.caseId = :id AND a.status <> "
                + ":resolved", Long.class).setParameter("id", request.caseId())
                .setParameter("resolved", AlertStatus.RESOLVED).getSingleResult();
        List<String> blockers = open > 0 ? List.of(ErasureAnswered.OPEN_PROTECTION_ALERT) : List.of();
        erasures.answer(ErasureAnswered.MONITORING, request, ErasureAnswered.CHECKED, blockers, 0);
    }

    /** The erasure, released by a second officer: erases what is held on the case's people and confirms. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReleased(EventEnvelope event) {
        ErasureRequested request = events.data(event, ErasureRequested.class);
        // Locked as every command on the returnee locks it, so that no contact or feedback is recorded meanwhile.
        MonitoredCase c = em.find(MonitoredCase.class, request.caseId(), LockModeType.PESSIMISTIC_WRITE);
        List<UUID> keys = Stream.concat(Stream.of(request.caseId()), em.createQuery("SELECT a.id FROM ProtectionAlert a "
                + "WHERE a.caseId = :id", UUID.class).setParameter("id", request.caseId()).getResultStream()).toList();
        subjectKeys.erasing(keys);
        int erased = c == null ? 0 : erase(c);
        subjectKeys.destroy(keys);
        List<UUID> subjects = Stream.of(request.caseId(), request.referralId(), c == null ? null : c.referralId)
                .filter(Objects::nonNull).distinct().toList();
        erased += erasures.forgetCopies(subjects);
        erasures.answer(ErasureAnswered.MONITORING, request, ErasureAnswered.ERASED, List.of(), erased);
    }

    /** Overwrites what describes the returnee; how many records changed (none when already erased). */
    private int erase(MonitoredCase c) {
        UUID caseId = c.caseId;
        int changed = 0;
        if (c.erasedAt == null || c.householdSize != null) {
            c.householdSize = null;
            if (c.erasedAt == null) {
                c.erasedAt = Now.time();
            }
            changed++;
        }
        changed += em.createQuery("UPDATE MonitoringContact m SET m.wellbeingNotes = NULL WHERE m.caseId = :id "
                + "AND m.wellbeingNotes IS NOT NULL").setParameter("id", caseId).executeUpdate();
        // The alert's version moves with its details or its steps' notes, so its ETag changes with what it shows.
        changed += em.createQuery("UPDATE ProtectionAlert a SET a.details = NULL, a.version = a.version + 1 "
                + "WHERE a.caseId = :id AND (a.details IS NOT NULL OR EXISTS (SELECT s.id FROM AlertStep s "
                + "WHERE s.alertId = a.id AND s.note IS NOT NULL))").setParameter("id", caseId).executeUpdate();
        changed += em.createQuery("UPDATE AlertStep s SET s.note = NULL WHERE s.note IS NOT NULL AND s.alertId IN "
                + "(SELECT a.id FROM ProtectionAlert a WHERE a.caseId = :id)").setParameter("id", caseId)
                .executeUpdate();
        // The words are protected at rest: each is opened to tell whether it was erased already, and the marker is
        // written through the entity, protected like any other value of the column.
        for (ReturneeFeedback f : em.createQuery("SELECT f FROM ReturneeFeedback f WHERE f.caseId = :id",
                ReturneeFeedback.class).setParameter("id", caseId).getResultList()) {
            if (!ERASED.equals(f.text) || !NO_LANGUAGE.equals(f.language)) {
                f.text = ERASED;
                f.language = NO_LANGUAGE;
                changed++;
            }
        }
        changed += em.createQuery("UPDATE ConsentRecord r SET r.language = :none WHERE r.caseId = :id "
                + "AND r.language <> :none").setParameter("none", NO_LANGUAGE).setParameter("id", caseId)
                .executeUpdate();
        if (changed > 0) {
            audit.success(AuditTrail.UPDATE, MonitoredCases.RESOURCE, caseId);
        }
        em.flush();
        return changed;
    }
}
