package dev.avrr.cases.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseHistory;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.CaseStepView;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.records.ConsentPurpose;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.time.Now;

/**
 * The data subject's own export, assembled when a data-protection officer releases the person's access request
 * ({@link DataProtectionRequests}): what IOM holds, UDI's decisions as outcome and date only. UDI's part — its decisions with
 * their reasons and legal basis — is produced by UDI (role udi) for the same request: no IOM role reads a UDI
 * reason. Each export is audited as such and recorded in the case's history with the request's reference.
 */
@ApplicationScoped
public class SubjectExports {

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    AuditTrail audit;

    @Transactional
    public SubjectExport export(UUID id, ExportRequest request) {
        AvrrCase c = access.find(id, LockModeType.NONE, Audience.DATA_PROTECTION).c();
        List<SubjectExport.AccessEntry> accessLog = accessLog(id);
        OffsetDateTime now = Now.time();
        history.record(c, CaseStep.SUBJECT_EXPORTED, null, "request " + request.requestReference().trim()
                + ", identity verified by " + request.identityVerifiedBy().trim(), now);
        audit.success(AuditTrail.EXPORT, CaseAccess.RESOURCE, id);
        return new SubjectExport(now, request.requestReference().trim(), CaseViews.forCaseworker(c),
                c.eligibilityAssessments(), CaseViews.summaries(c),
                history.of(id).stream().map(CaseStepView::of).toList(), accessLog);
    }

    /** UDI's part of the person's access request, produced by UDI for a case it sees. */
    @Transactional
    public UdiSubjectExport udiPart(UUID id, ExportRequest request) {
        AvrrCase c = access.find(id, LockModeType.NONE, Audience.UDI).c();
        OffsetDateTime now = Now.time();
        history.record(c, CaseStep.SUBJECT_EXPORTED, null, "UDI's part of request " + request.requestReference().trim()
                + ", identity verified by " + request.identityVerifiedBy().trim(), now);
        audit.success(AuditTrail.EXPORT, CaseAccess.RESOURCE, id);
        return new UdiSubjectExport(now, request.requestReference().trim(), c.id,
                c.latestConsent(ConsentPurpose.SHARE_WITH_UDI).orElse(null), c.submittedToUdiAt, c.udiDecisionList(),
                c.uneAppealedOn);
    }

    private List<SubjectExport.AccessEntry> accessLog(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT occurred_at, org, roles, action, outcome FROM audit_entry "
                + "WHERE resource_type = :type AND resource_id = :id ORDER BY id")
                .setParameter("type", CaseAccess.RESOURCE).setParameter("id", id.toString()).getResultList();
        return rows.stream().map(r -> new SubjectExport.AccessEntry(time(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
