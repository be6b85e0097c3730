package dev.avrr.monitoring.scores;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A dimension's weight in the composite score, in one version. */
@Entity
@Table(name = "sustainability_dimension_weight")
@IdClass(DimensionWeight.Key.class)
public class DimensionWeight {

    @Id
    public Integer version;

    @Id
    @Enumerated(EnumType.STRING)
    public Dimension dimension;

    @Column(nullable = false)
    public BigDecimal weight;

    /** The composite key (version, dimension). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public Integer version;
        public Dimension dimension;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(version, k.version) && dimension == k.dimension;
        }

        @Override
        public int hashCode() {
            return Objects.hash(version, dimension);
        }
    }
}
