package dev.avrr.monitoring.scores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of the survey: its dimensions with their weights, and each dimension's indicators. */
@Schema(name = "SustainabilityScheme")
public record SchemeView(int version, LocalDate validFrom, String note, List<DimensionView> dimensions) {

    /** A dimension, its weight in the composite, and its indicators. */
    @Schema(name = "SustainabilityDimension")
    public record DimensionView(Dimension dimension, BigDecimal weight, List<IndicatorView> indicators) {
    }

    /** An indicator: its question, scale and weight within the dimension. */
    @Schema(name = "SustainabilityIndicator")
    public record IndicatorView(String code, String question, int scaleMin, int scaleMax, BigDecimal weight) {
    }

    static SchemeView of(SustainabilityScoring.Scheme s) {
        return new SchemeView(s.version(), s.validFrom(), s.note(), Arrays.stream(Dimension.values())
                .map(d -> new DimensionView(d, s.dimensions().get(d), s.indicators().values().stream()
                        .filter(i -> i.dimension() == d)
                        .map(i -> new IndicatorView(i.code(), i.question(), i.scaleMin(), i.scaleMax(), i.weight()))
                        .toList()))
                .toList());
    }
}
