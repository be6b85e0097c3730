package dev.avrr.cases.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import dev.avrr.vocabulary.events.Programme;

/** Cases in memory, for the tables of the pure rules (guards and gates) that read them: no HTTP, no database. */
public final class CaseFiles {

    private CaseFiles() {
    }

    /** A registered Norwegian case of a fictional applicant born on {@code birth}, under {@code programme}. */
    public static AvrrCase norwegian(Programme programme, LocalDate birth) {
        return of(Jurisdiction.NO, programme, birth);
    }

    public static AvrrCase of(Jurisdiction route, Programme programme, LocalDate birth) {
        AvrrCase c = new AvrrCase();
        c.id = UUID.randomUUID();
        c.office = route == Jurisdiction.NO ? "iom-oslo" : "iom-helsinki";
        c.jurisdiction = route;
        c.programme = programme;
        c.countryOfReturn = "ET";
        c.registrationSource = RegistrationSource.DIRECT;
        c.applicantMemberId = UUID.randomUUID();
        c.applicantGivenName = "Testa";
        c.applicantFamilyName = "Fiktivsen";
        c.applicantDateOfBirth = birth;
        c.registered(OffsetDateTime.parse("2026-01-05T09:00:00Z"));
        return c;
    }

    /** A value as the case records it: by a fictional caseworker of the office. */
    public static <T> Recorded<T> recorded(T value) {
        return new Recorded<>(UUID.randomUUID(), value, "caseworker-1", "iom-oslo",
                OffsetDateTime.parse("2026-01-06T10:00:00Z"));
    }
}
