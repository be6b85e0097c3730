package dev.avrr.cases.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.cases.casefile.ApplicantDetails;
import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.HeldIdentifier;
import dev.avrr.cases.casefile.HouseholdMember;
import dev.avrr.cases.lifecycle.CaseEvents;
import dev.avrr.cases.search.PersonIndex;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.ReferralPerson;

/**
 * Rectification of the travellers' personal data (docs/domain.md#subject-rights), and a member added to the
 * household. Names may be corrected at any time; once the approval was announced with the household's ages and
 * relations (which grants follow from), a date of birth, a relation or a new member is refused.
 */
@ApplicationScoped
public class HouseholdRectification {

    public static final String FIXED = "household-fixed-after-approval";

    @Inject
    PersonIndex personIndex;

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    CaseEvents events;

    /**
     * Corrects a traveller, the applicant included (by the applicant's member id): names, sex and, for the applicant,
     * identity numbers at any time; dates of birth until the approval was announced. The reason is required; the
     * correction is recorded in the history and announced (sealed) to every service that holds the traveller.
     */
    @Transactional
    public AvrrCase rectify(UUID id, UUID memberId, String ifMatch, MemberInput input) {
        ETags.require(ifMatch);
        if (input.reason() == null || input.reason().isBlank()) {
            throw Problems.invalid("reason", "is required: why the data are corrected");
        }
        AvrrCase c = access.forCaseworker(id, ifMatch);
        PersonRules.birth("", input.dateOfBirth(), input.estimatedBirthYear());
        Integer estimated = input.dateOfBirth() == null ? input.estimatedBirthYear() : null;
        boolean applicant = memberId.equals(c.applicantMemberId);
        PersonRectified.Person before;
        PersonRectified.Person corrected;
        if (applicant) {
            if (input.relation() != HouseholdRelation.APPLICANT) {
                throw Problems.invalid("relation", "is APPLICANT for the applicant");
            }
            boolean ageChanged = !Objects.equals(input.dateOfBirth(), c.applicantDateOfBirth)
                    || !Objects.equals(estimated, c.applicantEstimatedBirthYear);
            refuseAfterApproval(c, ageChanged);
            ApplicantDetails d = c.details();
            before = applicant(c);
            List<HeldIdentifier> identifiers = input.identifiers() == null ? d.identifiers()
                    : PersonRules.identifiers("identifiers", input.identifiers());
            c.applicantGivenName = input.givenName().trim();
            c.applicantFamilyName = input.familyName().trim();
            c.applicantDateOfBirth = input.dateOfBirth();
            c.applicantEstimatedBirthYear = estimated;
            c.applicantDetails = new ApplicantDetails(input.sex(), d.languages(), d.interpreterNeeded(), d.contact(),
                    identifiers);
            corrected = applicant(c);
        } else {
            HouseholdMember was = c.householdMembers().stream().filter(m -> m.memberId().equals(memberId))
                    .findFirst().orElseThrow(() -> Problems.notFound("household member"));
            HouseholdMember after = member(memberId, "", input);
            refuseAfterApproval(c, !Objects.equals(was.dateOfBirth(), after.dateOfBirth())
                    || !Objects.equals(was.estimatedBirthYear(), after.estimatedBirthYear())
                    || was.relation() != after.relation());
            before = member(was);
            corrected = member(after);
            c.household = c.householdMembers().stream().map(m -> m.memberId().equals(memberId) ? after : m).toList();
        }
        lifecycle.note(c, CaseStep.HOUSEHOLD_RECTIFIED, "member " + memberId + ": " + input.reason().trim());
        events.rectified(c, memberId, applicant,
                new PersonRectified.Correction(before, corrected, input.reason().trim()));
        events.approvalIfDue(c, Now.time());
        personIndex.refresh(c);
        em.flush();
        return c;
    }

    private static PersonRectified.Person applicant(AvrrCase c) {
        return new PersonRectified.Person(c.applicantGivenName, c.applicantFamilyName, c.applicantDateOfBirth,
                c.applicantEstimatedBirthYear, c.details().sex(), HouseholdRelation.APPLICANT, c.details().identifiers()
                        .stream().map(i -> new ReferralPerson.Identifier(i.type().name(), i.value())).toList());
    }

    private static PersonRectified.Person member(HouseholdMember m) {
        return new PersonRectified.Person(m.givenName(), m.familyName(), m.dateOfBirth(), m.estimatedBirthYear(),
                m.sex(), m.relation(), List.of());
    }

    /** Adds a member who travels with the applicant, before departure and before the approval was announced. */
    @Transactional
    public AvrrCase add(UUID id, String ifMatch, MemberInput input) {
        AvrrCase c = access.forCaseworker(id, ifMatch);
        lifecycle.requireBeforeDeparture(c);
        refuseAfterApproval(c, true);
        HouseholdMember m = member(UUID.randomUUID(), "", input);
        List<HouseholdMember> all = new ArrayList<>(c.householdMembers());
        all.add(m);
        c.household = List.copyOf(all);
        lifecycle.note(c, CaseStep.HOUSEHOLD_RECTIFIED, "member " + m.memberId() + " added");
        personIndex.refresh(c);
        em.flush();
        return c;
    }

    /** A household member from what the caseworker entered; the applicant is never a household member. */
    static HouseholdMember member(UUID memberId, String field, MemberInput input) {
        PersonRules.birth(field, input.dateOfBirth(), input.estimatedBirthYear());
        if (input.relation() == HouseholdRelation.APPLICANT) {
            throw Problems.invalid(PersonRules.field(field, "relation"), "APPLICANT is the applicant; a member is CHILD, SPOUSE or OTHER");
        }
        if (input.identifiers() != null && !input.identifiers().isEmpty()) {
            throw Problems.invalid(PersonRules.field(field, "identifiers"), "are held for the applicant only");
        }
        return new HouseholdMember(memberId, input.relation(), input.givenName().trim(), input.familyName().trim(),
                input.dateOfBirth(), input.dateOfBirth() == null ? input.estimatedBirthYear() : null, input.sex());
    }

    private void refuseAfterApproval(AvrrCase c, boolean changesAgesOrRelations) {
        if (changesAgesOrRelations && c.approvalAnnouncedAt != null) {
            throw lifecycle.refused(c, FIXED);
        }
    }
}
