package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A person's birth as the case knows it: a date, or only an estimated year. With only the year, the person is
 * taken to be born on 31 December of it, the youngest they can be: where age decides protection (a child's
 * rights, the minor's travel gates) the benefit of the doubt goes to the person, as in age assessment.
 * <p>
 * Age is counted in whole years by the calendar: someone born on 29 February turns a year older on 1 March in a
 * year without 29 February.
 */
public record BirthDate(LocalDate dateOfBirth, Integer estimatedBirthYear) {

    public boolean known() {
        return dateOfBirth != null || estimatedBirthYear != null;
    }

    public boolean estimated() {
        return dateOfBirth == null && estimatedBirthYear != null;
    }

    /** The date counted as the birth date, if any is known. */
    public Optional<LocalDate> effective() {
        if (dateOfBirth != null) {
            return Optional.of(dateOfBirth);
        }
        return Optional.ofNullable(estimatedBirthYear).map(y -> LocalDate.of(y, 12, 31));
    }

    /**
     * The age in whole years on a date; empty if the birth is unknown or after that date. Someone estimated to be
     * born in that very year is 0, though 31 December is still to come.
     */
    public Optional<Integer> ageOn(LocalDate date) {
        if (estimated() && estimatedBirthYear == date.getYear()) {
            return Optional.of(0);
        }
        return effective().filter(b -> !b.isAfter(date)).map(b -> Period.between(b, date).getYears());
    }
}
