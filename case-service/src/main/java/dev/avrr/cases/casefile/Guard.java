package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.util.Optional;

/** A condition a transition needs. A refusal names what is missing, e.g. {@code risk-assessment-missing}. */
@FunctionalInterface
public interface Guard {

    /**
     * @param on the date the step takes effect (the departure date for travel), for rules that count age
     * @return the refusal's name, or empty when the case may go on
     */
    Optional<String> refusal(AvrrCase c, LocalDate on);
}
