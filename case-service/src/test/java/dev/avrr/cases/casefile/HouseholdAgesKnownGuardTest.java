package dev.avrr.cases.casefile;

import static dev.avrr.cases.CaseApi.HELSINKI;
import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.CaseSpecifics;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.ReferralPerson;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-reintegration-grants (per adult and per child): approval and arrival announce the household's
 * ages and relations, from which grants are allocated,
 * so every traveller's age is known before a case goes to UDI or to travel; a Swedish case approved at
 * registration is announced once its ages are known and (docs/domain.md#the-swedish-route, Välgrundat beslut) the
 * signed application is on record.
 */
@QuarkusTest
class HouseholdAgesKnownGuardTest {

    @Inject
    Events events;

    private static ReferralPerson withChildOfUnknownAge() {
        return CaseApi.person(LocalDate.of(1990, 1, 1), List.of(new ReferralPerson.HouseholdMember("Testo", "Påhittad",
                null, HouseholdRelation.CHILD, "M")), null);
    }

    @Test
    void norwayNoSubmissionUntilTheChildsBirthIsKnown() {
        String id = CaseApi.norwegianReferral(events, UUID.randomUUID(), withChildOfUnknownAge());
        CaseApi.assessedEligible(OSLO, id);
        CaseApi.signed(OSLO, id);
        CaseApi.udiConsent(OSLO, id);
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(409).body("guard", equalTo("date-of-birth-missing"));
        String child = CaseApi.read(OSLO, id).extract().path("household[0].memberId");
        CaseApi.put(OSLO, id, "household/" + child, """
                {"givenName":"Testo","familyName":"Påhittad","estimatedBirthYear":2017,"relation":"CHILD",
                 "reason":"The mother's statement (fictional)"}""")
                .statusCode(200).body("household[0].estimatedBirthYear", equalTo(2017));
        CaseApi.post(OSLO, id, "udi-submission", null).statusCode(200);
    }

    @Test
    void swedenTheApprovalIsAnnouncedOnceTheAgesAreKnown() {
        UUID referralId = UUID.randomUUID();
        String id = CaseApi.swedishCase(events, referralId, withChildOfUnknownAge());
        CaseApi.read(HELSINKI, id).body("approval.basis", equalTo("COORDINATOR"))
                .body("approval.announcedAt", org.hamcrest.Matchers.nullValue());
        // Signed: still not announced, the child's age is unknown.
        CaseApi.signedOnTheSwedishRoute(events, id, referralId);
        CaseApi.read(HELSINKI, id).body("approval.announcedAt", org.hamcrest.Matchers.nullValue());
        assertEquals(List.of(CaseRegistered.TYPE), CaseApi.stepEventTypes(events, id, 1));

        String child = CaseApi.read(HELSINKI, id).extract().path("household[0].memberId");
        LocalDate born = CaseApi.today().minusYears(7);
        CaseApi.put(HELSINKI, id, "household/" + child, """
                {"givenName":"Testo","familyName":"Påhittad","dateOfBirth":"%s","relation":"CHILD",
                 "reason":"Birth certificate seen (fictional)"}""".formatted(born))
                .statusCode(200).body("approval.announcedAt", org.hamcrest.Matchers.notNullValue());
        List<String> types = CaseApi.stepEventTypes(events, id, 2);
        assertEquals(List.of(CaseRegistered.TYPE, CaseApproved.TYPE), types);
        var event = events.parse(CaseApi.caseEvents(id, CaseApproved.TYPE, 1).get(0).value());
        CaseApproved approved = events.data(event, CaseApproved.class);
        List<Traveller> household = events.personal(event, CaseSpecifics.class).orElseThrow().household();
        assertEquals(7, household.get(1).age());
        assertEquals(Period.between(LocalDate.of(1990, 1, 1), approved.approvedAt().toLocalDate()).getYears(),
                household.get(0).age());
    }
}
