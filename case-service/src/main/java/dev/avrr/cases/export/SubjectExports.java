package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseHistory;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.CaseStepView;
import dev.avrr.cases.casefile.CaseViews;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.ConsentPurpose;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.documents.DocumentView;
import dev.avrr.platform.documents.Documents;
import dev.avrr.platform.sharing.Audience;
import dev.avrr.platform.subjectrights.AccessParts;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.AccessPartAssembled;

/**
 * The data subject's own export, assembled when a data-protection officer releases the person's access request
 * ({@link DataProtectionRequests}): what IOM holds, UDI's decisions as outcome and date only. UDI's part — its decisions with
 * their reasons and legal basis — is produced by UDI (role udi) for the same request: no IOM role reads a UDI
 * reason. Each export is audited as such and recorded in the case's history with the request's reference.
 */
@ApplicationScoped
public class SubjectExports {

    @Inject
    CaseAccess access;

    @Inject
    CaseHistory history;

    @Inject
    AuditTrail audit;

    @Inject
    AccessParts accessParts;

    @Inject
    ObjectMapper json;

    @Inject
    Documents documents;

    /** case-service's part of the person's access request: what it holds, why, since when, for whom, and who read it. */
    @Transactional
    public AccessPackage.ServicePart export(UUID id, ExportRequest request) {
        AvrrCase c = access.find(id, LockModeType.NONE, Audience.DATA_PROTECTION).c();
        List<DocumentView> held = documents.held(id);
        List<AccessPartAssembled.AccessEntry> accessLog = accessParts.accessLog(Map.of(CaseAccess.RESOURCE,
                List.of(id), Documents.RESOURCE, held.stream().map(DocumentView::id).toList()));
        OffsetDateTime now = Now.time();
        history.record(c, CaseStep.SUBJECT_EXPORTED, null, "request " + request.requestReference().trim()
                + ", identity verified by " + request.identityVerifiedBy().trim(), now);
        audit.success(AuditTrail.EXPORT, CaseAccess.RESOURCE, id);
        SubjectExport export = new SubjectExport(now, request.requestReference().trim(), CaseViews.forCaseworker(c),
                c.eligibilityAssessments(), CaseViews.summaries(c),
                history.of(id).stream().map(CaseStepView::of).toList(), held);
        return new AccessPackage.ServicePart("case-service", now, holdings(c, held), json.valueToTree(export),
                accessLog);
    }

    /** What case-service holds on the person, by class: since when, why, and who receives it. */
    static List<AccessPartAssembled.Holding> holdings(AvrrCase c, List<DocumentView> documents) {
        List<String> recipients = new ArrayList<>(List.of("IOM office " + c.office));
        if (c.handedOverToMissionAt != null) {
            recipients.add("IOM mission in " + c.countryOfReturn);
        }
        if (c.submittedToUdiAt != null) {
            recipients.add("UDI");
        }
        return List.of(
                new AccessPartAssembled.Holding("The case file: you and your household, identity documents, contact, "
                        + "vulnerabilities", c.registeredAt, "To organise your assisted voluntary return", recipients),
                new AccessPartAssembled.Holding("Your consents and their withdrawals", earliest(
                        c.consentList().stream().map(Consent::recordedAt)), "To know with whom your data may be "
                                + "shared", List.of("IOM office " + c.office)),
                new AccessPartAssembled.Holding("Eligibility assessments", earliest(c.eligibilityAssessments().stream()
                        .map(Recorded::recordedAt)), "To decide which programme and support you are eligible for",
                        List.of("IOM office " + c.office)),
                new AccessPartAssembled.Holding("UDI's and UNE's decisions (outcome and date)", c.submittedToUdiAt,
                        "To know whether UDI approved your return support", recipients),
                new AccessPartAssembled.Holding("The case's history", c.registeredAt,
                        "To show what was done on your case, when and by whom", List.of("IOM office " + c.office)),
                new AccessPartAssembled.Holding("Documents: your signed application, consent forms, a physician's "
                        + "statement, travel documents and others, as files", earliest(documents.stream()
                                .map(DocumentView::uploadedAt)), "To keep the documents your return needs, each read "
                                        + "only by those who need to know it", recipients));
    }

    private static OffsetDateTime earliest(Stream<OffsetDateTime> times) {
        return times.filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
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
}
