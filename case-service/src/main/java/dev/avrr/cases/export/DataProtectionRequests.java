package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.lifecycle.CaseEvents;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.ProblemType;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.subjectrights.Erasures;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.AccessPartAssembled;
import dev.avrr.vocabulary.events.ErasureAnswered;
import dev.avrr.vocabulary.events.ErasureRequested;

/**
 * The data subject's requests, four-eyes (docs/case-service.md#the-data-subjects-requests): one data-protection
 * officer records the request — whose case, how the person's identity was verified, the request's reference —
 * which every other service that holds the case's people answers with its part, by event; once all have answered,
 * another officer releases the result, which is assembled then — case-service's part and the others' — and kept as
 * released; only a released package is handed out. An erasure goes the same way: recorded (each other service
 * says what stands in the way), released by another officer once nothing does — case-service erases its part and
 * every other service erases its own and confirms. Every step is audited; the export itself is recorded in the case's history.
 */
@ApplicationScoped
public class DataProtectionRequests {

    static final String RESOURCE = "data-protection-request";
    static final String NOT_RELEASED = "not-released";
    static final String ALREADY_RELEASED = "already-released";
    static final String PARTS_AWAITED = "parts-awaited";
    static final String ERASED = "erased";
    static final String CASE_NOT_ENDED = "case-not-ended";
    static final String ERASURE_BLOCKED = "erasure-blocked";
    static final String NO_PACKAGE = "no-package";
    static final String RETENTION = "retention";

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

    @Inject
    Events events;

    @Inject
    CaseEvents caseEvents;

    @Inject
    CaseErasure caseErasure;

    @Inject
    Erasures erasures;

    private static final String REFERRAL = EventTypes.producingService(AccessPartAssembled.REFERRAL);
    private static final String GRANT = EventTypes.producingService(AccessPartAssembled.GRANT);
    private static final String MONITORING = EventTypes.producingService(AccessPartAssembled.MONITORING);

    /** Records an access request for a case the officer can identify; any other is "not found". */
    @Transactional
    public DataProtectionRequest record(UUID caseId, DataProtectionRequestInput input) {
        return record(caseId, input, DataProtectionRequest.Kind.ACCESS);
    }

    /**
     * Records an erasure request for a case the officer can identify: only once the case has ended (closed,
     * withdrawn or absconded), for the people of a case not erased already.
     */
    @Transactional
    public DataProtectionRequest recordErasure(UUID caseId, DataProtectionRequestInput input) {
        return record(caseId, input, DataProtectionRequest.Kind.ERASURE);
    }

    private DataProtectionRequest record(UUID caseId, DataProtectionRequestInput input, DataProtectionRequest.Kind kind) {
        AvrrCase c = access.find(caseId, LockModeType.NONE, Audience.DATA_PROTECTION).c();
        if (c.erasedAt != null) {
            audit.refused(AuditTrail.CREATE, RESOURCE, caseId, AuditOutcome.REFUSED);
            throw new ProblemException(ProblemType.STATE_CONFLICT, "The people of this case were erased on "
                    + c.erasedAt.toLocalDate() + ": nothing is held on them to export or erase",
                    Map.of("state", "ERASED", "guard", ERASED));
        }
        if (kind == DataProtectionRequest.Kind.ERASURE && c.status().isOpen()) {
            audit.refused(AuditTrail.CREATE, RESOURCE, caseId, AuditOutcome.REFUSED);
            throw new ProblemException(ProblemType.STATE_CONFLICT, "The case is " + c.status().name() + ": its people "
                    + "are erased once it has ended (closed, withdrawn or absconded)",
                    Map.of("state", c.status().name(), "guard", CASE_NOT_ENDED));
        }
        DataProtectionRequest r = recorded(c, kind, input.requestReference().trim(),
                input.identityVerifiedBy().trim(), caller.subject());
        em.flush();
        return r;
    }

    /** A request recorded, audited and announced to the other services. */
    private DataProtectionRequest recorded(AvrrCase c, DataProtectionRequest.Kind kind, String reference,
            String identityVerifiedBy, String recordedBy) {
        DataProtectionRequest r = new DataProtectionRequest();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.referralId = c.referralId;
        r.kind = kind;
        r.status = DataProtectionRequest.Status.RECORDED;
        r.requestReference = reference;
        r.identityVerifiedBy = identityVerifiedBy;
        r.recordedBy = recordedBy;
        r.recordedAt = Now.time();
        em.persist(r);
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        if (kind == DataProtectionRequest.Kind.ACCESS) {
            caseEvents.accessRequested(c, r.id, r.recordedAt);
        } else {
            caseEvents.erasure(c, ErasureRequested.REQUESTED, r.id, r.recordedAt);
        }
        return r;
    }

    /**
     * Another service's answer to a step of an erasure recorded here: the first of each service and stage counts; an
     * answer to an unknown request or of another case changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onErasureAnswer(EventEnvelope event) {
        ErasureAnswered answered = events.data(event, ErasureAnswered.class);
        String service = EventTypes.producingService(event.type());
        DataProtectionRequest r = em.find(DataProtectionRequest.class, answered.requestId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.kind != DataProtectionRequest.Kind.ERASURE || !r.caseId.equals(answered.caseId())
                || em.find(ErasureAnswer.class, new ErasureAnswer.Key(r.id, service, answered.stage())) != null) {
            return;
        }
        ErasureAnswer row = new ErasureAnswer();
        row.requestId = r.id;
        row.service = service;
        row.stage = answered.stage();
        row.blockers = String.join(",", answered.blockers());
        row.erased = answered.erased();
        row.eventId = event.id();
        row.answeredAt = answered.answeredAt();
        em.persist(row);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
    }

    /** What the other services said stands in the way of an erasure, as codes; empty for an access request. */
    public List<String> blockers(DataProtectionRequest r) {
        return answers(r, ErasureAnswered.CHECKED).stream().flatMap(a -> a.blockerList().stream()).distinct()
                .sorted().toList();
    }

    private List<ErasureAnswer> answers(DataProtectionRequest r, String stage) {
        List<String> order = List.of(REFERRAL, GRANT, MONITORING);
        return em.createQuery("FROM ErasureAnswer WHERE requestId = :id AND stage = :stage", ErasureAnswer.class)
                .setParameter("id", r.id).setParameter("stage", stage).getResultList().stream()
                .sorted(Comparator.comparingInt(a -> order.indexOf(a.service))).toList();
    }

    /**
     * Another service's part of a request recorded here, kept until the request is released: the first part of each
     * service counts; a part of an unknown request, of another case, after the release, or of a case whose people
     * were erased (the request's key is destroyed: what came now would be kept with the service's) changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onPart(EventEnvelope event) {
        AccessPartAssembled assembled = events.data(event, AccessPartAssembled.class);
        String service = EventTypes.producingService(event.type());
        DataProtectionRequest r = em.find(DataProtectionRequest.class, assembled.requestId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !r.caseId.equals(assembled.caseId()) || r.status == DataProtectionRequest.Status.RELEASED
                || em.find(AccessRequestPart.class, new AccessRequestPart.Key(r.id, service)) != null
                || em.find(AvrrCase.class, r.caseId).erasedAt != null) {
            return;
        }
        AccessPartAssembled.Part part = events.requiredPersonal(event, AccessPartAssembled.Part.class);
        AccessRequestPart row = new AccessRequestPart();
        row.requestId = r.id;
        row.service = service;
        row.eventId = event.id();
        row.assembledAt = assembled.assembledAt();
        row.receivedAt = Now.time();
        row.content = write(part);
        em.persist(row);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
    }

    /**
     * The services that answered: the parts of an access request; the checks of an erasure not released yet, the
     * confirmations of one released.
     */
    public List<String> received(DataProtectionRequest r) {
        if (r.kind == DataProtectionRequest.Kind.ERASURE) {
            return answers(r, r.status == DataProtectionRequest.Status.RELEASED ? ErasureAnswered.ERASED
                    : ErasureAnswered.CHECKED).stream().map(a -> a.service).toList();
        }
        return parts(r).stream().map(p -> p.service).toList();
    }

    /** The services that hold the case's people and have not answered yet, in the package's order. */
    public List<String> awaited(DataProtectionRequest r) {
        return awaited(r, received(r));
    }

    /** Those awaited, given those that answered (read once, so that both come from the same moment). */
    public List<String> awaited(DataProtectionRequest r, List<String> received) {
        return expected(r).stream().filter(s -> !received.contains(s)).toList();
    }

    /** Every other service that holds the case's people: referral-service only for a case that came as a referral. */
    private static List<String> expected(DataProtectionRequest r) {
        return r.referralId == null ? List.of(GRANT, MONITORING) : List.of(REFERRAL, GRANT, MONITORING);
    }

    private List<AccessRequestPart> parts(DataProtectionRequest r) {
        List<AccessRequestPart> parts = em.createQuery("FROM AccessRequestPart WHERE requestId = :id",
                AccessRequestPart.class).setParameter("id", r.id).getResultList();
        List<String> order = List.of(REFERRAL, GRANT, MONITORING);
        return parts.stream().sorted(Comparator.comparingInt(p -> order.indexOf(p.service))).toList();
    }

    @Transactional
    public DataProtectionRequest read(UUID id) {
        DataProtectionRequest r = find(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return r;
    }

    /**
     * Releases the result: by another officer than the one who recorded the request (403 otherwise), once, when every
     * other service that holds the case's people has answered (409 naming those awaited otherwise); the package is
     * assembled now and kept as released.
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
        List<String> awaited = awaited(r);
        if (!awaited.isEmpty()) {
            audit.refused(AuditTrail.UPDATE, RESOURCE, id, AuditOutcome.REFUSED);
            throw new ProblemException(ProblemType.STATE_CONFLICT, "The request awaits the parts of "
                    + String.join(", ", awaited) + "; release it when they have arrived",
                    Map.of("state", r.status.name(), "guard", PARTS_AWAITED, "awaiting", awaited));
        }
        OffsetDateTime now = Now.time();
        if (r.kind == DataProtectionRequest.Kind.ERASURE) {
            return erase(r, now);
        }
        List<AccessPackage.ServicePart> services = new ArrayList<>();
        services.add(exports.export(r.caseId, new ExportRequest(r.requestReference, r.identityVerifiedBy)));
        for (AccessRequestPart p : parts(r)) {
            AccessPartAssembled.Part part = read(p.content);
            services.add(new AccessPackage.ServicePart(p.service, p.assembledAt, part.holdings(), part.data(),
                    part.accessLog()));
        }
        r.releasedPackage = write(new AccessPackage(r.id, r.requestReference, now, List.copyOf(services)));
        r.status = DataProtectionRequest.Status.RELEASED;
        r.releasedBy = caller.subject();
        r.releasedAt = now;
        audit.success(AuditTrail.UPDATE, RESOURCE, id);
        em.flush();
        return r;
    }

    /**
     * Releases an erasure once nothing stands in the way (409 {@code erasure-blocked} naming what, and what to do,
     * otherwise): case-service erases its part and the copies of the case's events it keeps, and announces the
     * release, which every other service answers by erasing its part and confirming.
     */
    private DataProtectionRequest erase(DataProtectionRequest r, OffsetDateTime now) {
        List<String> blockers = blockers(r);
        if (!blockers.isEmpty()) {
            audit.refused(AuditTrail.UPDATE, RESOURCE, r.id, AuditOutcome.REFUSED);
            throw new ProblemException(ProblemType.STATE_CONFLICT, "The erasure cannot be released: "
                    + blockers.stream().map(DataProtectionRequests::whatToDo).collect(Collectors.joining("; "))
                    + "; then record the request again",
                    Map.of("state", r.status.name(), "guard", ERASURE_BLOCKED, "blockers", blockers));
        }
        AvrrCase c = access.find(r.caseId, LockModeType.PESSIMISTIC_WRITE, Audience.DATA_PROTECTION).c();
        return erased(r, c, caller.subject(), now);
    }

    private DataProtectionRequest erased(DataProtectionRequest r, AvrrCase c, String releasedBy, OffsetDateTime now) {
        caseErasure.erase(c, now);
        erasures.forgetCopies(java.util.Arrays.asList(c.id, c.referralId));
        caseEvents.erasure(c, ErasureRequested.RELEASED, r.id, now);
        r.status = DataProtectionRequest.Status.RELEASED;
        r.releasedBy = releasedBy;
        r.releasedAt = now;
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        audit.success(AuditTrail.UPDATE, CaseAccess.RESOURCE, c.id);
        em.flush();
        return r;
    }

    /**
     * The retention of an ended case expired ({@link CaseRetention}): the erasure is recorded by the system — no
     * person asked, so no identity was verified and no second officer is needed — and checked like any other.
     */
    @Transactional
    public void recordForRetention(UUID caseId) {
        AvrrCase c = em.find(AvrrCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.erasedAt != null || c.status().isOpen()) {
            return;
        }
        recorded(c, DataProtectionRequest.Kind.ERASURE, RETENTION,
                "none: the retention period of the ended case expired", AuditTrail.SYSTEM_ACTOR);
    }

    /**
     * Releases a retention erasure once every service answered and nothing stands in the way; one still awaited or
     * blocked stays recorded, its blockers shown to the data-protection officers, and is tried again at the next run.
     *
     * @return whether the case's people were erased
     */
    @Transactional
    public boolean releaseForRetention(UUID requestId) {
        DataProtectionRequest r = em.find(DataProtectionRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status != DataProtectionRequest.Status.RECORDED || !awaited(r).isEmpty()
                || !blockers(r).isEmpty()) {
            return false;
        }
        erased(r, em.find(AvrrCase.class, r.caseId, LockModeType.PESSIMISTIC_WRITE), AuditTrail.SYSTEM_ACTOR,
                Now.time());
        return true;
    }

    private static String whatToDo(String blocker) {
        return switch (blocker) {
            case ErasureAnswered.OPEN_PROTECTION_ALERT -> "a protection alert of the case is open (the office "
                    + "resolves it first)";
            case ErasureAnswered.UNPAID_APPROVED_MONEY -> "money approved for the case is not paid (finance pays it "
                    + "or it is cancelled first)";
            default -> blocker;
        };
    }

    /** A released request, with its package (JSON), handed out and audited as an export; one not released is 409. */
    @Transactional
    public DataProtectionRequest released(UUID id) {
        DataProtectionRequest r = find(id, LockModeType.NONE);
        if (r.kind != DataProtectionRequest.Kind.ACCESS) {
            audit.refused(AuditTrail.EXPORT, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.stateConflict(RESOURCE, r.kind.name(), NO_PACKAGE);
        }
        if (r.status != DataProtectionRequest.Status.RELEASED) {
            audit.refused(AuditTrail.EXPORT, RESOURCE, id, AuditOutcome.REFUSED);
            throw Problems.stateConflict(RESOURCE, r.status.name(), NOT_RELEASED);
        }
        audit.success(AuditTrail.EXPORT, RESOURCE, id);
        return r;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a part of the package", e);
        }
    }

    private AccessPartAssembled.Part read(String content) {
        try {
            return json.readValue(content, AccessPartAssembled.Part.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept part of the package could not be read", e);
        }
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
