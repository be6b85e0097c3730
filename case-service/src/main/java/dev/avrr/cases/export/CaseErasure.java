package dev.avrr.cases.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.HouseholdMember;
import dev.avrr.cases.casefile.Recorded;
import dev.avrr.cases.casefile.Vulnerability;
import dev.avrr.cases.casefile.records.Consent;
import dev.avrr.cases.casefile.records.UdiDecision;
import dev.avrr.platform.documents.Documents;
import dev.avrr.platform.protection.SubjectKeys;
import dev.avrr.platform.subjectrights.Erasures;

/**
 * Erases what case-service holds on a case's people (docs/data-protection.md#erasure), in place: names become
 * "erased", a date of birth becomes its year, identifiers, contact, languages and every free text go — the
 * vulnerability's details, assessments, needs, risks, family tracing, travel details, UDI's reasons, the history's
 * notes, how identity was verified for an access request, the packages handed out, and the case's documents. What
 * stays is what the case's course and the statistics read: ids, statuses, programme, country, nationality, the
 * household's relations and birth years, vulnerability categories, consents' purposes, recipients and dates (their
 * language becomes "und", the signed form's reference goes), the dates of every step.
 * <p>
 * Then the keys of the case and of its access requests are destroyed (docs/data-protection.md#keys-of-the-person):
 * whatever of theirs erasure did not rewrite — here, in a backup, in any copy — can no longer be read. What it
 * rewrites is sealed with the service's key: the case's row is written whole, so every protected value it keeps
 * (household, vulnerability categories, consents, UDI's decisions) stays readable. The erasure requests keep their
 * keys: a request is kept as recorded, the proof of who asked and who released it.
 */
@ApplicationScoped
public class CaseErasure {

    static final String ERASED = Erasures.ERASED;

    @Inject
    EntityManager em;

    @Inject
    SubjectKeys subjectKeys;

    @Inject
    Documents documents;

    /** @return how many records were changed or removed */
    @Transactional(Transactional.TxType.MANDATORY)
    public int erase(AvrrCase c, OffsetDateTime at) {
        List<DataProtectionRequest> accessRequests = em.createQuery("FROM DataProtectionRequest WHERE caseId = :id "
                + "AND kind = :access", DataProtectionRequest.class).setParameter("id", c.id)
                .setParameter("access", DataProtectionRequest.Kind.ACCESS).getResultList();
        List<UUID> keys = Stream.concat(Stream.of(c.id), accessRequests.stream().map(r -> r.id)).toList();
        // From here on, what is written for the case and its access requests is sealed with the service's key.
        subjectKeys.erasing(keys);
        c.applicantGivenName = ERASED;
        c.applicantFamilyName = ERASED;
        if (c.applicantDateOfBirth != null) {
            c.applicantEstimatedBirthYear = c.applicantDateOfBirth.getYear();
            c.applicantDateOfBirth = null;
        }
        c.applicantDetails = null;
        c.household = c.householdMembers().stream().map(m -> new HouseholdMember(m.memberId(), m.relation(), ERASED,
                ERASED, null, m.dateOfBirth() != null ? Integer.valueOf(m.dateOfBirth().getYear())
                        : m.estimatedBirthYear(), m.sex())).toList();
        Vulnerability v = c.vulnerability;
        if (v != null) {
            c.vulnerability = new Vulnerability(v.categories(), v.otherSubtype(), null, null, null);
        }
        if (c.consents != null) {
            // The purposes and dates stay; the language the person speaks and the signed form's reference go.
            c.consents = c.consents.stream().map(k -> new Consent(k.id(), k.purpose(), k.recipient(), k.givenOn(),
                    k.language() == null ? null : Erasures.NO_LANGUAGE, k.interpreterUsed(), k.source(),
                    k.recordedBy(), k.recordedByOrg(), k.recordedAt(), k.withdrawnOn(), k.withdrawalSource(),
                    k.withdrawalRecordedBy(), k.withdrawalRecordedAt(), null)).toList();
        }
        c.eligibility = List.of();
        c.needsInventory = null;
        c.riskAssessments = List.of();
        c.familyTracing = null;
        c.travelArrangements = null;
        c.travelBooking = null;
        c.udiDecisions = c.udiDecisionList().stream().map(d -> new Recorded<>(d.id(), new UdiDecision(
                d.value().stage(), d.value().outcome(), d.value().decidedOn(), null, null), d.recordedBy(),
                d.recordedByOrg(), d.recordedAt())).toList();
        c.erasedAt = at;
        int changed = 1;
        changed += em.createNativeQuery("UPDATE case_step SET note = NULL WHERE case_id = :id AND note IS NOT NULL")
                .setParameter("id", c.id).executeUpdate();
        // The hashed terms the people were found by go: an erased person is found by nobody.
        changed += em.createNativeQuery("DELETE FROM person_term WHERE case_id = :id").setParameter("id", c.id)
                .executeUpdate();
        c.searchKeyId = null;
        // The case's documents go: sealed with the case's key, destroyed below, they could no longer be opened.
        changed += documents.erase(c.id);
        // The access requests' details and the packages handed out, written through the entities: protected like
        // any other value of their columns. The erasure request itself stays as it was recorded, the proof that the
        // erasure was asked for and by whom.
        for (DataProtectionRequest r : accessRequests) {
            r.identityVerifiedBy = ERASED;
            r.releasedPackage = null;
            changed++;
        }
        changed += em.createNativeQuery("DELETE FROM access_request_part WHERE request_id IN (SELECT id FROM "
                + "data_protection_request WHERE case_id = :id)").setParameter("id", c.id).executeUpdate();
        em.flush();
        subjectKeys.destroy(keys);
        return changed;
    }
}
