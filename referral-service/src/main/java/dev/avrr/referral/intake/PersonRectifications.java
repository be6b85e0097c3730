package dev.avrr.referral.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.PersonRectified;

/**
 * The right to rectification reaches the referral (docs/referral-service.md#rectification): a traveller corrected on
 * the case is corrected on the referral it came from — the applicant's names, date of birth, sex and identity
 * numbers; a household member found by who they were before the correction — and the correction is kept with who,
 * from which office, when and why, and audited. A case registered directly, a member the referral never held, or a
 * referral whose person was erased, changes nothing here.
 */
@ApplicationScoped
public class PersonRectifications {

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onRectified(EventEnvelope event) {
        PersonRectified rectified = events.data(event, PersonRectified.class);
        if (rectified.referralId() == null) {
            return;
        }
        Referral r = em.find(Referral.class, rectified.referralId(), LockModeType.PESSIMISTIC_WRITE);
        // A correction of people erased here puts nothing back: nothing new is recorded about them.
        if (r == null || r.erased()) {
            return;
        }
        PersonRectified.Correction correction = events.requiredPersonal(event,
                PersonRectified.Correction.class);
        boolean applied = rectified.applicant() ? applicant(r, correction.after()) : member(r, correction);
        PersonRectification row = new PersonRectification();
        row.id = UUID.randomUUID();
        row.eventId = event.id();
        row.referralId = r.id;
        row.caseId = rectified.caseId();
        row.memberId = rectified.memberId();
        row.applied = applied;
        row.rectifiedBy = rectified.rectifiedBy();
        row.office = rectified.office();
        row.rectifiedAt = rectified.rectifiedAt();
        row.reason = correction.reason();
        em.persist(row);
        if (applied) {
            audit.success(AuditTrail.UPDATE, Referrals.RESOURCE, r.id);
        }
    }

    private static boolean applicant(Referral r, PersonRectified.Person after) {
        r.givenName = after.givenName();
        r.familyName = after.familyName();
        r.dateOfBirth = after.dateOfBirth();
        r.estimatedBirthYear = after.estimatedBirthYear();
        r.sex = sex(after.sex()) == null ? r.sex : sex(after.sex());
        PersonDetails d = details(r);
        r.details = new PersonDetails(d.languages(), d.contact(), after.identifiers().stream()
                .map(i -> new ReferralInput.Identifier(IdentifierType.valueOf(i.type()), i.value())).toList(),
                d.household());
        return true;
    }

    /** The member the referral holds as the traveller was before; none when it never held them. */
    private static boolean member(Referral r, PersonRectified.Correction c) {
        PersonDetails d = details(r);
        List<ReferralInput.HouseholdMember> household = new ArrayList<>(d.household());
        for (int i = 0; i < household.size(); i++) {
            ReferralInput.HouseholdMember m = household.get(i);
            if (same(m, c.before())) {
                PersonRectified.Person after = c.after();
                household.set(i, new ReferralInput.HouseholdMember(after.givenName(), after.familyName(),
                        after.dateOfBirth() == null ? m.dateOfBirth() : after.dateOfBirth(),
                        after.relation() == null ? m.relation() : after.relation(),
                        sex(after.sex()) == null ? m.sex() : sex(after.sex())));
                r.details = new PersonDetails(d.languages(), d.contact(), d.identifiers(), List.copyOf(household));
                return true;
            }
        }
        return false;
    }

    private static boolean same(ReferralInput.HouseholdMember m, PersonRectified.Person before) {
        HouseholdRelation relation = before.relation();
        return m.givenName().equals(before.givenName()) && m.familyName().equals(before.familyName())
                && (relation == null || relation == m.relation())
                && (before.dateOfBirth() == null || Objects.equals(before.dateOfBirth(), m.dateOfBirth()));
    }

    private static PersonDetails details(Referral r) {
        return r.details == null ? new PersonDetails(List.of(), null, List.of(), List.of())
                : new PersonDetails(orEmpty(r.details.languages()), r.details.contact(),
                        orEmpty(r.details.identifiers()), orEmpty(r.details.household()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static Sex sex(String value) {
        return value == null ? null
                : Arrays.stream(Sex.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }
}
