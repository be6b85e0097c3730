package dev.avrr.monitoring.scores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.avrr.platform.problem.Problems;
import dev.avrr.platform.security.Caller;
import dev.avrr.platform.time.Now;

/** The survey's indicators and its weights, by version, as data; and the publication of a new version. */
@ApplicationScoped
public class SustainabilitySchemes {

    /** Weights are kept as NUMERIC(7, 3). */
    private static final int WEIGHT_DECIMALS = 3;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** The version valid on a date: the latest valid from that date or before (the highest among equals). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SustainabilityScoring.Scheme validOn(LocalDate date) {
        WeightsVersion v = em.createQuery("SELECT w FROM WeightsVersion w WHERE w.validFrom <= :date "
                + "ORDER BY w.validFrom DESC, w.version DESC", WeightsVersion.class)
                .setParameter("date", date).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No sustainability weights are valid on " + date));
        return scheme(v);
    }

    /** A version by number; 404 if there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SustainabilityScoring.Scheme version(int version) {
        WeightsVersion v = em.find(WeightsVersion.class, version);
        if (v == null) {
            throw Problems.notFound("weights version");
        }
        return scheme(v);
    }

    /** Publishes a new version from the given date on; every dimension weighs, every indicator named is known. */
    @Transactional
    public SustainabilityScoring.Scheme publish(WeightsInput input) {
        Map<String, Indicator> known = new LinkedHashMap<>();
        em.createQuery("SELECT i FROM Indicator i", Indicator.class).getResultList().forEach(i -> known.put(i.code, i));
        for (Dimension d : Dimension.values()) {
            if (!input.dimensions().containsKey(d)) {
                throw Problems.invalid("dimensions", "must weigh each of ECONOMIC, SOCIAL, PSYCHOSOCIAL");
            }
        }
        for (String code : input.indicators().keySet()) {
            if (!known.containsKey(code)) {
                throw Problems.invalid("indicators." + code, "is not a known indicator: one of "
                        + String.join(", ", known.keySet()));
            }
        }
        for (Dimension d : Dimension.values()) {
            if (input.indicators().keySet().stream().noneMatch(code -> known.get(code).dimension == d)) {
                throw Problems.invalid("indicators", "must weigh at least one indicator of " + d);
            }
        }
        WeightsVersion v = new WeightsVersion();
        v.validFrom = input.validFrom();
        v.note = input.note().trim();
        v.publishedAt = Now.time();
        v.publishedBy = caller.subject();
        em.persist(v);
        input.dimensions().forEach((d, weight) -> {
            DimensionWeight w = new DimensionWeight();
            w.version = v.version;
            w.dimension = d;
            w.weight = weight.setScale(WEIGHT_DECIMALS);
            em.persist(w);
        });
        input.indicators().forEach((code, weight) -> {
            IndicatorWeight w = new IndicatorWeight();
            w.version = v.version;
            w.indicator = code;
            w.weight = weight.setScale(WEIGHT_DECIMALS);
            em.persist(w);
        });
        em.flush();
        return scheme(v);
    }

    private SustainabilityScoring.Scheme scheme(WeightsVersion v) {
        Map<Dimension, BigDecimal> dimensions = new EnumMap<>(Dimension.class);
        em.createQuery("SELECT w FROM DimensionWeight w WHERE w.version = :v", DimensionWeight.class)
                .setParameter("v", v.version).getResultList().forEach(w -> dimensions.put(w.dimension, w.weight));
        List<Object[]> rows = em.createQuery("SELECT i, w FROM Indicator i, IndicatorWeight w "
                + "WHERE w.indicator = i.code AND w.version = :v", Object[].class)
                .setParameter("v", v.version).getResultList();
        Map<String, SustainabilityScoring.Weighted> indicators = new LinkedHashMap<>();
        rows.stream().map(r -> weighted((Indicator) r[0], (IndicatorWeight) r[1]))
                .sorted(Comparator.comparing(SustainabilityScoring.Weighted::dimension)
                        .thenComparingInt(SustainabilityScoring.Weighted::position))
                .forEach(w -> indicators.put(w.code(), w));
        return new SustainabilityScoring.Scheme(v.version, v.validFrom, v.note, indicators, dimensions);
    }

    private static SustainabilityScoring.Weighted weighted(Indicator i, IndicatorWeight w) {
        return new SustainabilityScoring.Weighted(i.code, i.dimension, i.position, i.question, i.scaleMin, i.scaleMax,
                w.weight);
    }
}
