package dev.avrr.referral.intake;

import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static dev.avrr.referral.Fixtures.NORWAY_CONSENTS;
import static dev.avrr.referral.Fixtures.PERSON;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.events.EventEnvelope;
import dev.avrr.platform.events.EventTypes;
import dev.avrr.platform.events.Events;
import dev.avrr.referral.Fixtures;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.PersonRectified;
import dev.avrr.vocabulary.events.ReferralPerson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The right to rectification reaches the referral: a traveller corrected on the case, announced sealed by
 * case-service, is corrected on the referral it came from, and the correction is kept with who, from which office,
 * when and why — the reason protected at rest. A traveller the referral never held changes nothing.
 */
@QuarkusTest
class PersonRectificationTest {

    private static final String PERSON_WITH_CHILD = PERSON.replace("}", """
            ,"identifiers":[{"type":"DUF_NUMBER","value":"200205705502"}],
             "household":[{"givenName":"Testo","familyName":"Fiktivsen","dateOfBirth":"2016-05-05","relation":"CHILD"}]}""");

    @Inject
    Events events;

    @Inject
    DataSource db;

    private void announce(UUID caseId, String referralId, UUID memberId, boolean applicant,
            PersonRectified.Person before, PersonRectified.Person after, String reason) {
        EventEnvelope event = events.createWithPersonal(PersonRectified.TYPE, caseId.toString(),
                new PersonRectified(caseId, UUID.fromString(referralId), memberId, applicant, "caseworker-subject",
                        "iom-oslo", OffsetDateTime.now()),
                new PersonRectified.Correction(before, after, reason));
        EventProbe.send(EventTypes.CASE_TOPIC, caseId.toString(), events.toJson(event));
    }

    private static PersonRectified.Person person(String given, String family, String born, HouseholdRelation relation,
            String duf) {
        return new PersonRectified.Person(given, family, LocalDate.parse(born), null, null, relation,
                duf == null ? List.of() : List.of(new ReferralPerson.Identifier("DUF_NUMBER", duf)));
    }

    private static JsonPath read(String id) {
        return Fixtures.get(IOM_OSLO, id).statusCode(200).extract().jsonPath();
    }

    @Test
    void aCorrectionOnTheCaseCorrectsTheReferralWithWhoWhenAndWhy() throws SQLException {
        String id = Fixtures.created(Fixtures.partner("ngo-" + UUID.randomUUID()),
                Fixtures.norway(PERSON_WITH_CHILD, NORWAY_CONSENTS, true));
        Fixtures.post(IOM_OSLO, id + "/acceptance").statusCode(200);
        UUID caseId = UUID.randomUUID();

        announce(caseId, id, UUID.randomUUID(), true,
                person("Testa", "Fiktivsen", "1990-01-01", HouseholdRelation.APPLICANT, "200205705502"),
                person("Testa", "Fiktivsdottir", "1990-01-01", HouseholdRelation.APPLICANT, "200205705510"),
                "Her passport shows the family name (fictional)");
        await().atMost(Duration.ofSeconds(20)).until(() -> "Fiktivsdottir".equals(read(id).getString("person.familyName")));
        assertEquals("200205705510", read(id).getString("person.identifiers[0].value"));

        announce(caseId, id, UUID.randomUUID(), false,
                person("Testo", "Fiktivsen", "2016-05-05", HouseholdRelation.CHILD, null),
                person("Testolino", "Fiktivsen", "2016-05-05", HouseholdRelation.CHILD, null),
                "Birth certificate seen (fictional)");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "Testolino".equals(read(id).getString("person.household[0].givenName")));

        // A member added on the case was never on the referral: recorded, nothing changed.
        announce(caseId, id, UUID.randomUUID(), false,
                person("Tessa", "Påhittad", "2018-02-02", HouseholdRelation.CHILD, null),
                person("Tessan", "Påhittad", "2018-02-02", HouseholdRelation.CHILD, null), "Fictional");
        await().atMost(Duration.ofSeconds(20)).until(() -> rows(id).size() == 3);
        assertEquals(List.of("true|caseworker-subject|iom-oslo", "true|caseworker-subject|iom-oslo",
                "false|caseworker-subject|iom-oslo"), rows(id).stream().map(r -> r[0]).toList());
        assertEquals(1, read(id).getList("person.household").size());
        for (String[] row : rows(id)) {
            assertFalse(row[1].contains("passport") || row[1].contains("certificate") || row[1].equals("Fictional"),
                    "the reason is protected at rest: " + row[1]);
        }
    }

    /** The rectifications of a referral in the order received: applied|who|office, and the stored reason. */
    private List<String[]> rows(String referralId) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT applied, "
                + "rectified_by, office, reason FROM person_rectification WHERE referral_id = ? ORDER BY rectified_at")) {
            ps.setObject(1, UUID.fromString(referralId));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] { rs.getBoolean(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                            rs.getString(4) });
                }
            }
        }
        return rows;
    }
}
