package dev.avrr.cases.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dev.avrr.cases.casefile.ApplicantDetails;
import dev.avrr.cases.casefile.AvrrCase;
import dev.avrr.cases.casefile.CaseAccess;
import dev.avrr.cases.casefile.CaseHistory;
import dev.avrr.cases.casefile.CaseLifecycle;
import dev.avrr.cases.casefile.CaseStep;
import dev.avrr.cases.casefile.Command;
import dev.avrr.cases.casefile.Contact;
import dev.avrr.cases.casefile.HeldIdentifier;
import dev.avrr.cases.casefile.HouseholdMember;
import dev.avrr.cases.casefile.Jurisdiction;
import dev.avrr.cases.casefile.RegistrationSource;
import dev.avrr.cases.casefile.Vulnerability;
import dev.avrr.cases.lifecycle.CaseEvents;
import dev.avrr.cases.lifecycle.OfficeConfig;
import dev.avrr.cases.search.Duplicates;
import dev.avrr.cases.search.PersonIndex;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.Events;
import dev.avrr.platform.faults.EventRejectedException;
import dev.avrr.platform.http.ETags;
import dev.avrr.platform.http.Idempotency;
import dev.avrr.platform.identifiers.IdentifierType;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Actor;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.ReferralAccepted;
import dev.avrr.vocabulary.events.ReferralPerson;

/**
 * Registers cases — one per accepted referral however often its event arrives, or directly by IOM Oslo's
 * caseworker — and changes a Norwegian case's programme before it goes to UDI.
 */
@ApplicationScoped
public class CaseRegistration {

    private static final Logger LOG = Logger.getLogger(CaseRegistration.class);
    static final String SWEDISH_ROUTE_RULE = "swedish-cases-come-from-the-coordinator";

    @Inject
    PersonIndex personIndex;

    @Inject
    Duplicates duplicates;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    CaseEvents caseEvents;

    @Inject
    CaseHistory history;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    CaseAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    OfficeConfig offices;

    @Inject
    Caller caller;

    @Inject
    Actor actor;

    @Inject
    Idempotency idempotency;

    /** The case and whether this call created it (false: a retry that returns the first). */
    public record Registered(AvrrCase c, boolean replayed) {
    }

    /** Runs inside the inbox's transaction: one case per referral, announced through the outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onReferralAccepted(EventEnvelope event) {
        ReferralAccepted accepted = events.data(event, ReferralAccepted.class);
        ReferralPerson person = events.requiredPersonal(event, ReferralPerson.class);
        List<UUID> existing = em.createQuery("SELECT c.id FROM AvrrCase c WHERE c.referralId = :r", UUID.class)
                .setParameter("r", accepted.referralId()).getResultList();
        if (!existing.isEmpty()) {
            // A second acceptance event for one referral (a replay under another id) must not open a second case.
            LOG.infof("Referral %s already has case %s", accepted.referralId(), existing.get(0));
            return;
        }
        Jurisdiction jurisdiction = Jurisdiction.valueOf(accepted.jurisdiction());
        Vulnerability vulnerability = vulnerability(person.vulnerability());
        OffsetDateTime now = Now.time();
        AvrrCase c = newCase(now);
        c.referralId = accepted.referralId();
        c.jurisdiction = jurisdiction;
        c.office = offices.of(jurisdiction);
        c.programme = ProgrammeDefault.forReferral(jurisdiction, vulnerability);
        c.countryOfReturn = accepted.countryOfReturn();
        c.referringOrg = accepted.referringOrg();
        c.coordinatorOrg = accepted.coordinatorOrg();
        c.registrationSource = RegistrationSource.REFERRAL;
        c.registeredBy = accepted.acceptedByOrg();
        c.applicantGivenName = person.givenName();
        c.applicantFamilyName = person.familyName();
        c.applicantDateOfBirth = person.dateOfBirth();
        c.applicantEstimatedBirthYear = person.estimatedBirthYear();
        c.applicantNationality = person.nationality();
        c.applicantDetails = new ApplicantDetails(person.sex(), person.languages(), person.interpreterNeeded(),
                contact(person.contact()), identifiers(event, person.identifiers()));
        c.household = household(event, person.household());
        c.vulnerability = vulnerability;
        c.consents(List.of());
        String note = null;
        if (jurisdiction == Jurisdiction.SE) {
            // docs/domain.md#the-swedish-route: the coordinator's approval (Meddelande) stands where UDI's decision stands in Norway.
            c.approvedAt = now;
            c.approvalBasis = "COORDINATOR";
            note = "Approved by the coordinator (Meddelande)";
        }
        em.persist(c);
        history.record(c, CaseStep.REGISTERED, null, note, now);
        caseEvents.registered(c);
        caseEvents.sharingIfChanged(c, now);
        caseEvents.approvalIfDue(c, now);
        personIndex.refresh(c);
        duplicates.flag(c);
        audit.success(AuditTrail.CREATE, CaseAccess.RESOURCE, c.id);
        LOG.infof("Registered case %s from referral %s", c.id, c.referralId);
    }

    /** A case registered by the caseworker for the caller's own office, on the Norwegian route. */
    @Transactional
    public Registered register(String idempotencyKey, RegisterCase input) {
        String org = caller.requireOrg();
        if (offices.jurisdictionOf(org).filter(j -> j == Jurisdiction.SE).isPresent()) {
            throw Problems.rule(SWEDISH_ROUTE_RULE, "Swedish cases are registered from the coordinator's referral "
                    + "(the Swedish route: Länsstyrelsen approves and notifies IOM Helsinki)");
        }
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Idempotency.Claim claim = idempotency.claim("case.register:" + org, Idempotency.requireKey(idempotencyKey),
                    input, id);
            if (claim.isReplay()) {
                AvrrCase first = em.find(AvrrCase.class, claim.firstResult().get());
                audit.success(AuditTrail.READ, CaseAccess.RESOURCE, first.id);
                return new Registered(first, true);
            }
        }
        programme("programme", input.programme(), input.departureDeadline());
        PersonInput p = input.applicant();
        PersonRules.birth("applicant", p.dateOfBirth(), p.estimatedBirthYear());
        List<HouseholdMember> household = new ArrayList<>();
        List<MemberInput> members = input.household() == null ? List.of() : input.household();
        for (int i = 0; i < members.size(); i++) {
            household.add(HouseholdRectification.member(UUID.randomUUID(), "household[" + i + "]", members.get(i)));
        }
        OffsetDateTime now = Now.time();
        AvrrCase c = newCase(now);
        c.id = id;
        c.jurisdiction = Jurisdiction.NO;
        c.office = org;
        c.programme = input.programme();
        c.departureDeadline = input.departureDeadline();
        c.countryOfReturn = PersonRules.country("countryOfReturn", input.countryOfReturn());
        c.registrationSource = RegistrationSource.DIRECT;
        c.registeredBy = caller.subject();
        c.applicantGivenName = p.givenName().trim();
        c.applicantFamilyName = p.familyName().trim();
        c.applicantDateOfBirth = p.dateOfBirth();
        c.applicantEstimatedBirthYear = p.dateOfBirth() == null ? p.estimatedBirthYear() : null;
        c.applicantNationality = PersonRules.country("applicant.nationality", p.nationality());
        c.applicantDetails = new ApplicantDetails(p.sex(), p.languages(), p.interpreterNeeded(), p.contact(),
                PersonRules.identifiers("applicant.identifiers", p.identifiers()));
        c.household = List.copyOf(household);
        c.vulnerability = input.vulnerability();
        c.consents(List.of());
        em.persist(c);
        history.record(c, CaseStep.REGISTERED, null, null, now);
        caseEvents.registered(c);
        caseEvents.sharingIfChanged(c, now);
        personIndex.refresh(c);
        duplicates.flag(c);
        audit.success(AuditTrail.CREATE, CaseAccess.RESOURCE, c.id);
        return new Registered(c, false);
    }

    /** The caseworker's choice of programme, before the case goes to UDI (Norway only: Sweden has its own). */
    @Transactional
    public AvrrCase changeProgramme(UUID id, String ifMatch, ChangeProgramme change) {
        ETags.require(ifMatch);
        AvrrCase c = access.forCaseworker(id, ifMatch);
        programme("programme", change.programme(), change.departureDeadline());
        Programme before = c.programme;
        c.programme = change.programme();
        c.departureDeadline = change.departureDeadline();
        lifecycle.move(c, Command.CHANGE_PROGRAMME, Now.today(), before + " → " + c.programme);
        em.flush();
        return c;
    }

    private static void programme(String field, Programme programme, LocalDate departureDeadline) {
        if (programme == Programme.SWEDISH_AVRR) {
            throw Problems.invalid(field, "SWEDISH_AVRR cases come from the coordinator's referral");
        }
        if (departureDeadline != null && programme != Programme.UDI_STANDARD) {
            throw Problems.invalid("departureDeadline", "is recorded for UDI_STANDARD only");
        }
    }

    private AvrrCase newCase(OffsetDateTime now) {
        AvrrCase c = new AvrrCase();
        c.id = UUID.randomUUID();
        c.applicantMemberId = UUID.randomUUID();
        c.registered(now);
        return c;
    }

    private static Vulnerability vulnerability(ReferralPerson.Vulnerability v) {
        return v == null ? null
                : new Vulnerability(v.categories(), v.otherSubtype(), v.traffickingIdentifiedBy(), v.referralReason(),
                        v.notes());
    }

    private static Contact contact(ReferralPerson.Contact c) {
        return c == null ? null : new Contact(c.phone(), c.email(), c.address());
    }

    /**
     * Identifiers from the referral, each checked and kept with its verdict: one that fails its check stays on
     * the case as INVALID for the caseworker to correct, so the person's case is not lost over a typo.
     */
    private static List<HeldIdentifier> identifiers(EventEnvelope event, List<ReferralPerson.Identifier> ids) {
        List<HeldIdentifier> held = new ArrayList<>();
        for (ReferralPerson.Identifier id : ids == null ? List.<ReferralPerson.Identifier> of() : ids) {
            IdentifierType type;
            try {
                type = IdentifierType.valueOf(id.type());
            } catch (IllegalArgumentException e) {
                throw new EventRejectedException("Event " + event.id() + " names an identifier type outside the contract");
            }
            held.add(HeldIdentifier.of(type, id.value().trim()));
        }
        return held;
    }

    private static List<HouseholdMember> household(EventEnvelope event, List<ReferralPerson.HouseholdMember> members) {
        List<HouseholdMember> household = new ArrayList<>();
        for (ReferralPerson.HouseholdMember m : members == null ? List.<ReferralPerson.HouseholdMember> of() : members) {
            if (m.relation() == HouseholdRelation.APPLICANT) {
                throw new EventRejectedException("Event " + event.id() + " lists the applicant among the household");
            }
            household.add(new HouseholdMember(UUID.randomUUID(), m.relation(), m.givenName(), m.familyName(),
                    m.dateOfBirth(), null, m.sex()));
        }
        return List.copyOf(household);
    }
}
