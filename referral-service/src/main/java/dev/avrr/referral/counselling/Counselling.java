package dev.avrr.referral.counselling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.http.Page;
import dev.avrr.platform.http.PageRequest;
import dev.avrr.platform.identifiers.CountryCode;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.query.PagedQuery;
import dev.avrr.platform.query.Where;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;

/**
 * Return counselling in reception centres (docs/domain.md#return-counselling-in-reception-centres): residents, the decisions that make a conversation
 * mandatory for a minor, the conversations held, and what became of each resident. A counsellor works within
 * its own centre (its {@code org} claim) only.
 */
@ApplicationScoped
public class Counselling {

    static final String RESOURCE = "resident";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    /** A minor owed a mandatory conversation: the trigger and since when. */
    public record Owed(Resident resident, ConversationTrigger trigger) {
    }

    @Transactional
    public Resident register(CounsellingInput.Resident input) {
        Resident r = new Resident();
        r.id = UUID.randomUUID();
        r.centreOrg = caller.requireOrg();
        r.givenName = input.givenName().trim();
        r.familyName = input.familyName().trim();
        r.dateOfBirth = input.dateOfBirth();
        r.birthYear = input.dateOfBirth().getYear();
        r.sex = input.sex();
        r.nationality = input.nationality() == null ? null : CountryCode.normalise(input.nationality())
                .orElseThrow(() -> Problems.invalid("nationality", "is not an ISO 3166-1 alpha-2 or alpha-3 country code"));
        r.registeredAt = Now.time();
        r.registeredBy = caller.subject();
        em.persist(r);
        audit.success(AuditTrail.CREATE, RESOURCE, r.id);
        return r;
    }

    @Transactional
    public Resident read(UUID id) {
        Resident r = own(id, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, id);
        return r;
    }

    /**
     * The centre's residents, the most recently registered first; minors only if asked. The names and dates of birth
     * are sealed, so the database orders by registration and finds the candidates for "minor" by their year of birth;
     * which of them are minors today is decided on the date of birth itself.
     */
    @Transactional
    public Page<Resident> list(Boolean minorsOnly, PageRequest page) {
        String order = "ORDER BY r.registeredAt DESC, r.id";
        Page<Resident> found;
        if (Boolean.TRUE.equals(minorsOnly)) {
            LocalDate today = Now.today();
            List<Resident> minors = em.createQuery("FROM Resident r WHERE r.centreOrg = :centre AND r.birthYear >= "
                    + ":bornFrom " + order, Resident.class).setParameter("centre", caller.requireOrg())
                    .setParameter("bornFrom", today.getYear() - 18).getResultList().stream()
                    .filter(r -> r.minorOn(today)).toList();
            int from = Math.min(minors.size(), page.page() * page.size());
            found = new Page<>(minors.subList(from, Math.min(minors.size(), from + page.size())), page.page(),
                    page.size(), minors.size());
        } else {
            Where where = Where.of("r.centreOrg = :centre", Map.of("centre", caller.requireOrg()));
            found = PagedQuery.page(em, "r", "FROM Resident r" + where.clause(), order, where.parameters(), page,
                    Resident.class);
        }
        audit.successAll(AuditTrail.READ, RESOURCE, found.items().stream().map(r -> r.id).toList());
        return found;
    }

    @Transactional
    public ConversationTrigger recordTrigger(UUID residentId, CounsellingInput.Trigger input) {
        Resident r = changeable(residentId);
        MandatoryReturnConversation.triggerRefusal(r, input).ifPresent(rule -> {
            throw Problems.rule(rule, "A mandatory return conversation is owed to a minor: the resident was 18 or "
                    + "older on the decision date");
        });
        ConversationTrigger t = new ConversationTrigger();
        t.id = UUID.randomUUID();
        t.residentId = r.id;
        t.kind = input.kind();
        t.decidedOn = input.decidedOn();
        t.recordedAt = Now.time();
        t.recordedBy = caller.subject();
        em.persist(t);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        return t;
    }

    @Transactional
    public ReturnConversation recordConversation(UUID residentId, CounsellingInput.Conversation input) {
        Resident r = changeable(residentId);
        if (input.heldOn().isBefore(r.dateOfBirth)) {
            throw Problems.invalid("heldOn", "is before the resident's date of birth");
        }
        if (Boolean.TRUE.equals(input.interpreterUsed()) == (input.interpreterLanguage() == null)) {
            throw Problems.invalid("interpreterLanguage", "is given exactly when an interpreter was used");
        }
        if (input.triggerId() != null) {
            ConversationTrigger t = em.find(ConversationTrigger.class, input.triggerId());
            if (t == null || !t.residentId.equals(r.id)) {
                throw Problems.invalid("triggerId", "is not a decision recorded for this resident");
            }
            MandatoryReturnConversation.conversationRefusal(t, input).ifPresent(rule -> {
                throw Problems.rule(rule, "The mandatory return conversation is a formal, individual conversation "
                        + "held on or after the decision");
            });
            if (!em.createQuery("SELECT c.id FROM ReturnConversation c WHERE c.triggerId = :t", UUID.class)
                    .setParameter("t", t.id).getResultList().isEmpty()) {
                throw Problems.stateConflict("trigger", "HELD", "the mandatory conversation for this decision is "
                        + "already recorded");
            }
        }
        ReturnConversation c = new ReturnConversation();
        c.id = UUID.randomUUID();
        c.residentId = r.id;
        c.heldOn = input.heldOn();
        c.withMinor = r.minorOn(input.heldOn());
        c.form = input.form();
        c.triggerId = input.triggerId();
        c.interpreterUsed = input.interpreterUsed();
        c.interpreterLanguage = input.interpreterLanguage();
        c.outcome = input.outcome();
        c.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        c.recordedAt = Now.time();
        c.recordedBy = caller.subject();
        em.persist(c);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        return c;
    }

    @Transactional
    public List<ReturnConversation> conversations(UUID residentId) {
        Resident r = own(residentId, LockModeType.NONE);
        audit.success(AuditTrail.READ, RESOURCE, r.id);
        return em.createQuery("SELECT c FROM ReturnConversation c WHERE c.residentId = :r ORDER BY c.heldOn, c.id",
                ReturnConversation.class).setParameter("r", r.id).getResultList();
    }

    @Transactional
    public ResidentOutcome recordOutcome(UUID residentId, CounsellingInput.Outcome input) {
        Resident r = changeable(residentId);
        ResidentOutcome o = new ResidentOutcome();
        o.id = UUID.randomUUID();
        o.residentId = r.id;
        o.kind = input.kind();
        o.occurredOn = input.occurredOn();
        o.recordedAt = Now.time();
        o.recordedBy = caller.subject();
        em.persist(o);
        audit.success(AuditTrail.UPDATE, RESOURCE, r.id);
        return o;
    }

    /** The centre's minors owed a mandatory conversation: a trigger with no conversation answering it yet. */
    @Transactional
    public List<Owed> owed() {
        LocalDate today = Now.today();
        List<Object[]> rows = em.createQuery("SELECT r, t FROM ConversationTrigger t, Resident r WHERE t.residentId = r.id "
                + "AND r.centreOrg = :centre AND r.birthYear >= :bornFrom AND NOT EXISTS (SELECT c.id FROM "
                + "ReturnConversation c WHERE c.triggerId = t.id) ORDER BY t.decidedOn, r.id", Object[].class)
                .setParameter("centre", caller.requireOrg()).setParameter("bornFrom", today.getYear() - 18)
                .getResultList();
        List<Owed> owed = rows.stream().map(row -> new Owed((Resident) row[0], (ConversationTrigger) row[1]))
                .filter(o -> o.resident().minorOn(today)).toList();
        audit.successAll(AuditTrail.READ, RESOURCE, owed.stream().map(o -> o.resident().id).toList());
        return owed;
    }

    /** A resident of the caller's centre to record something about: never one whose data were erased. */
    private Resident changeable(UUID id) {
        Resident r = own(id, LockModeType.PESSIMISTIC_WRITE);
        if (r.erasedAt != null) {
            throw Problems.erased(RESOURCE, r.erasedAt);
        }
        return r;
    }

    private Resident own(UUID id, LockModeType lock) {
        Resident r = em.find(Resident.class, id, lock);
        if (r == null || !caller.org().filter(r.centreOrg::equals).isPresent()) {
            audit.refused(AuditTrail.READ, RESOURCE, id, AuditOutcome.NOT_YOURS);
            throw Problems.notFound(RESOURCE);
        }
        return r;
    }
}
