package dev.avrr.monitoring.scores;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import dev.avrr.monitoring.returnees.MonitoredCase;
import dev.avrr.monitoring.returnees.MonitoredCases;
import dev.avrr.monitoring.returnees.MonitoringTransitions.Command;
import dev.avrr.platform.audit.AuditOutcome;
import dev.avrr.platform.audit.AuditTrail;
import dev.avrr.platform.problem.ProblemException;
import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;

/**
 * Sustainability surveys of a returnee: a baseline at or before the return and follow-ups after it, each scored
 * with the weights valid on the day it was taken and compared with the baseline under the same weights.
 */
@ApplicationScoped
public class SustainabilitySurveys {

    public static final String RESOURCE = "sustainability-survey";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MonitoredCases cases;

    @Inject
    SustainabilitySchemes schemes;

    @Inject
    AuditTrail audit;

    /** A survey with, for a follow-up, how it compares with the baseline. */
    public record Scored(Survey survey, Optional<Comparison> comparison) {
    }

    /** A survey's scores recomputed with one version of the weights. */
    public record Rescored(Survey survey, int weightsVersion, SustainabilityScoring.Scores scores) {
    }

    /** The baseline scored with the follow-up's weights, and the change from it. */
    public record Comparison(UUID baselineId, int weightsVersion, SustainabilityScoring.Scores baseline,
            SustainabilityScoring.Scores change) {
    }

    @Transactional
    public Scored record(UUID caseId, SurveyInput input) {
        SustainabilityScoring.Scheme scheme = schemes.validOn(input.takenOn());
        List<SustainabilityScoring.Answer> answers = input.answers().stream()
                .map(a -> new SustainabilityScoring.Answer(a.indicator(), a.value())).toList();
        var violations = SustainabilityScoring.check(scheme, answers);
        if (!violations.isEmpty()) {
            throw ProblemException.violations(violations);
        }
        MonitoredCase c = cases.scoped(caseId, LockModeType.PESSIMISTIC_WRITE, AuditTrail.UPDATE);
        cases.move(c, input.kind() == SurveyKind.BASELINE ? Command.RECORD_BASELINE : Command.RECORD_FOLLOW_UP);
        SurveyTiming.check(input.kind(), input.takenOn(), c.arrivalDate, baseline(caseId).isPresent());

        Survey s = new Survey();
        s.id = UUID.randomUUID();
        s.caseId = caseId;
        s.kind = input.kind();
        s.takenOn = input.takenOn();
        s.weightsVersion = scheme.version();
        s.answers = new LinkedHashMap<>();
        answers.forEach(a -> s.answers.put(a.indicator(), a.value()));
        s.scored(SustainabilityScoring.score(scheme, s.answers));
        s.recordedBy = caller.subject();
        s.recordedByOrg = caller.org().orElse(null);
        s.recordedAt = Now.time();
        em.persist(s);
        audit.success(AuditTrail.CREATE, RESOURCE, s.id);
        em.flush();
        return scored(s, baseline(caseId));
    }

    /** A returnee's surveys in the order taken, each follow-up compared with the baseline. */
    @Transactional
    public List<Scored> of(UUID caseId) {
        cases.scoped(caseId, LockModeType.NONE, AuditTrail.READ);
        audit.success(AuditTrail.READ, RESOURCE, caseId);
        Optional<Survey> baseline = baseline(caseId);
        return taken(caseId).stream().map(s -> scored(s, baseline)).toList();
    }

    /**
     * A returnee's surveys as {@link #of} gives them: for the person's own access request, which is audited as an
     * export, not read by a caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SurveyView> heldFor(UUID caseId) {
        Optional<Survey> baseline = baseline(caseId);
        return taken(caseId).stream().map(s -> SurveyView.of(scored(s, baseline))).toList();
    }

    /**
     * The answers the returnee gave in each survey, which no staff view shows (scores only): for the person's own
     * access request.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SurveyAnswersView> answersHeldFor(UUID caseId) {
        return taken(caseId).stream().map(SurveyAnswersView::of).toList();
    }

    private List<Survey> taken(UUID caseId) {
        return em.createQuery("SELECT s FROM Survey s WHERE s.caseId = :id ORDER BY s.takenOn, s.recordedAt",
                Survey.class).setParameter("id", caseId).getResultList();
    }

    /**
     * A survey's scores recomputed from its stored answers: with the weights it was scored with (as it was), or
     * with another version.
     */
    @Transactional
    public Rescored rescore(UUID caseId, UUID surveyId, Integer weightsVersion) {
        cases.scoped(caseId, LockModeType.NONE, AuditTrail.READ);
        Survey s = em.find(Survey.class, surveyId);
        if (s == null || !s.caseId.equals(caseId)) {
            audit.refused(AuditTrail.READ, RESOURCE, surveyId, AuditOutcome.NOT_YOURS);
            throw Problems.notFound("survey");
        }
        audit.success(AuditTrail.READ, RESOURCE, surveyId);
        SustainabilityScoring.Scheme scheme = schemes.version(weightsVersion != null ? weightsVersion : s.weightsVersion);
        return new Rescored(s, scheme.version(), SustainabilityScoring.score(scheme, s.answers));
    }

    private Scored scored(Survey s, Optional<Survey> baseline) {
        if (s.kind != SurveyKind.FOLLOW_UP || baseline.isEmpty()) {
            return new Scored(s, Optional.empty());
        }
        SustainabilityScoring.Scores before = s.weightsVersion.equals(baseline.get().weightsVersion)
                ? baseline.get().scores()
                : SustainabilityScoring.score(schemes.version(s.weightsVersion), baseline.get().answers);
        return new Scored(s, Optional.of(new Comparison(baseline.get().id, s.weightsVersion, before,
                SustainabilityScoring.change(before, s.scores()))));
    }

    private Optional<Survey> baseline(UUID caseId) {
        return em.createQuery("SELECT s FROM Survey s WHERE s.caseId = :id AND s.kind = :baseline", Survey.class)
                .setParameter("id", caseId).setParameter("baseline", SurveyKind.BASELINE).getResultStream()
                .findFirst();
    }
}
