package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.time.Now;

/**
 * The data subject's requests, four-eyes (docs/case-service.md#the-data-subjects-requests): one data-protection
 * officer records the request — whose case, how the person's identity was verified, the request's reference —
 * another releases the result, which is assembled then and kept as released; only a released package is handed
 * out. Every step is audited; the export itself is recorded in the case's history.
 */
@ApplicationScoped
public class DataProtectionRequests {

    static final String RESOURCE = "data-protection-request";
    static final String NOT_RELEASED = "not-released";
    static final String ALREADY_RELEASED = "already-released";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    SubjectExports exports;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    ObjectMapper json;

    /** Records an access request for a case the officer can identify; any other is "not found". */
    @Transactional
    public DataProtectionRequest record(UUID caseId, DataProtectionRequestInput input) {
        access.find(caseId, LockModeType.NONE, Audience.DATA_PROTECTION);
        DataProtectionRequest r = new DataProtectionRequest();
        r.id = UUID.randomUUID();
        r.caseId = caseId;
        r.kind = DataProtectionRequest.Kind.ACCESS;
        r.status = DataProtectionRequest.Status.RECORDED;
        r.requestReference = input.requestReference().trim();
        r.identityVerifiedBy = input.identityVerifiedBy().trim();
        r.recordedBy = caller.subject();
        r.recordedAt = Now.time();
        em.persist(r);
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        em.flush();
        return r;
    }

    @Transactional
    public DataProtectionRequest read(UUID id) {
        DataProtectionRequest r = find(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return r;
    }

    /**
     * Releases the result: by another officer than the one who recorded the request (403 otherwise), once; the
     * package is assembled now and kept as released.
     */
    @Transactional
    public DataProtectionRequest release(UUID id) {
        DataProtectionRequest r = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (r.recordedBy.equals(caller.subject())) {
            audit.refused(AuditTrail.UPDATE, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.forbidden("Four eyes: the officer who recorded the request does not release it");
        }
        if (r.status == DataProtectionRequest.Status.RELEASED) {
            audit.refused(AuditTrail.UPDATE, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.stateConflict(RESOURCE, r.status.name(), ALREADY_RELEASED);
        }
        SubjectExport export = exports.export(r.caseId, new ExportRequest(r.requestReference, r.identityVerifiedBy));
        OffsetDateTime now = Now.time();
        try {
            r.releasedPackage = json.writeValueAsString(export);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the package", e);
        }
        r.status = DataProtectionRequest.Status.RELEASED;
        r.releasedBy = caller.subject();
        r.releasedAt = now;
        audit.success(AuditTrail.UPDATE, RESOURCE, id);
        em.flush();
        return r;
    }

    /** A released request, with its package (JSON), handed out and audited as an export; one not released is 409. */
    @Transactional
    public DataProtectionRequest released(UUID id) {
        DataProtectionRequest r = find(id, LockModeType.NONE);
        if (r.status != DataProtectionRequest.Status.RELEASED) {
            audit.refused(AuditTrail.EXPORT, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.stateConflict(RESOURCE, r.status.name(), NOT_RELEASED);
        }
        audit.success(AuditTrail.EXPORT, RESOURCE, id);
        return r;
    }

    private DataProtectionRequest find(UUID id, LockModeType lock) {
        DataProtectionRequest r = em.find(DataProtectionRequest.class, id, lock);
        if (r == null) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        return r;
    }
}
