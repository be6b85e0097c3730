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
import dev.avrr.cases.casefile.HouseholdMember;
import dev.avrr.cases.lifecycle.CaseEvents;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.HouseholdRelation;

/**
 * Rectification of the travellers' personal data (docs/domain.md#subject-rights), and a member added to the
 * household. Names may be corrected at any time; once the approval was announced with the household's ages and
 * relations (which grants follow from), a date of birth, a relation or a new member is refused.
 */
@ApplicationScoped
public class HouseholdRectification {

    public static final String FIXED = "household-fixed-after-approval";

    @Inject
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    CaseEvents events;

    /** Corrects a traveller, the applicant included (by the applicant's member id). */
    @Transactional
    public AvrrCase rectify(UUID id, UUID memberId, String ifMatch, MemberInput input) {
        ETags.require(ifMatch);
        AvrrCase c = access.forCaseworker(id, ifMatch);
        PersonRules.birth("", input.dateOfBirth(), input.estimatedBirthYear());
        Integer estimated = input.dateOfBirth() == null ? input.estimatedBirthYear() : null;
        if (memberId.equals(c.applicantMemberId)) {
            if (input.relation() != HouseholdRelation.APPLICANT) {
                throw Problems.invalid("relation", "is APPLICANT for the applicant");
            }
            boolean ageChanged = !Objects.equals(input.dateOfBirth(), c.applicantDateOfBirth)
                    || !Objects.equals(estimated, c.applicantEstimatedBirthYear);
            refuseAfterApproval(c, ageChanged);
            c.applicantGivenName = input.givenName().trim();
            c.applicantFamilyName = input.familyName().trim();
            c.applicantDateOfBirth = input.dateOfBirth();
            c.applicantEstimatedBirthYear = estimated;
            ApplicantDetails d = c.details();
            c.applicantDetails = new ApplicantDetails(input.sex(), d.languages(), d.interpreterNeeded(), d.contact(),
                    d.identifiers());
        } else {
            HouseholdMember before = c.householdMembers().stream().filter(m -> m.memberId().equals(memberId))
                    .findFirst().orElseThrow(() -> Problems.notFound("household member"));
            HouseholdMember after = member(memberId, "", input);
            refuseAfterApproval(c, !Objects.equals(before.dateOfBirth(), after.dateOfBirth())
                    || !Objects.equals(before.estimatedBirthYear(), after.estimatedBirthYear())
                    || before.relation() != after.relation());
            c.household = c.householdMembers().stream().map(m -> m.memberId().equals(memberId) ? after : m).toList();
        }
        lifecycle.note(c, CaseStep.HOUSEHOLD_RECTIFIED, "member " + memberId);
        events.approvalIfDue(c, Now.time());
        em.flush();
        return c;
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
        em.flush();
        return c;
    }

    /** A household member from what the caseworker entered; the applicant is never a household member. */
    static HouseholdMember member(UUID memberId, String field, MemberInput input) {
        PersonRules.birth(field, input.dateOfBirth(), input.estimatedBirthYear());
        if (input.relation() == HouseholdRelation.APPLICANT) {
            throw Problems.invalid(PersonRules.field(field, "relation"), "APPLICANT is the applicant; a member is CHILD, SPOUSE or OTHER");
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
