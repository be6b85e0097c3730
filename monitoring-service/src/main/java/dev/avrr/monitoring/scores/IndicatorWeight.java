package dev.avrr.monitoring.scores;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An indicator's weight within its dimension, in one version; an indicator without one is not in the version. */
@Entity
@Table(name = "sustainability_indicator_weight")
@IdClass(IndicatorWeight.Key.class)
public class IndicatorWeight {

    @Id
    public Integer version;

    @Id
    public String indicator;

    @Column(nullable = false)
    public BigDecimal weight;

    /** The composite key (version, indicator). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public Integer version;
        public String indicator;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(version, k.version) && Objects.equals(indicator, k.indicator);
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, indicator);
        }
    }
}
