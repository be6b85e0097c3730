package dev.avrr.grant.allocation;

import static dev.avrr.grant.GrantFixture.FINANCE;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.platform.events.Events;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.EntitlementAllocated;
import dev.avrr.vocabulary.events.HouseholdRelation;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Who gets an entitlement, and how much (docs/domain.md#the-reintegration-grants: the packages and UDI's rates), as a table: a household
 * of relation:age members is approved under a programme; each member gets the package in the last column
 * (a dash: nothing) and, for a minor, the subsistence form.
 */
@QuarkusTest
class BeneficiarySelectionTest {

    @Inject
    GrantFixture grants;

    @Inject
    Events events;

    @ParameterizedTest(name = "{0}, applied before the deadline {1}: {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "VULNERABLE_GROUPS      | true  | APPLICANT:30 CHILD:8            | 42000.00 -",
            "VULNERABLE_GROUPS      | true  | APPLICANT:16                    | 42000.00",
            "VICTIMS_OF_TRAFFICKING | true  | APPLICANT:28 CHILD:6 CHILD:9    | 35000.00 35000.00 35000.00",
            "VICTIMS_OF_TRAFFICKING | true  | APPLICANT:28 SPOUSE:30 CHILD:4  | 35000.00 - 35000.00",
            "SWEDISH_AVRR           | true  | APPLICANT:24 CHILD:3            | 35000.00 35000.00",
            "UDI_STANDARD           | true  | APPLICANT:40 SPOUSE:38 CHILD:10 | 15000.00 15000.00 25000.00",
            "UDI_STANDARD           | false | APPLICANT:40 SPOUSE:38 CHILD:10 | 5000.00 5000.00 5000.00",
            "UDI_STANDARD           | true  | APPLICANT:17                    | 15000.00",
            "UDI_STANDARD           | true  | APPLICANT:40 CHILD:17           | 15000.00 25000.00",
            "UDI_STANDARD           | true  | APPLICANT:17 OTHER:12           | 15000.00 25000.00",
    })
    void eachBeneficiaryGetsTheProgrammesPackage(Programme programme, boolean beforeDeadline, String household,
            String packages) {
        List<Traveller> members = new ArrayList<>();
        for (String m : household.trim().split(" ")) {
            String[] parts = m.split(":");
            members.add(new Traveller(UUID.randomUUID(), HouseholdRelation.valueOf(parts[0]), Integer.parseInt(parts[1])));
        }
        String[] expected = packages.trim().split(" ");
        long count = java.util.Arrays.stream(expected).filter(p -> !p.equals("-")).count();
        UUID caseId = grants.approve(programme, beforeDeadline, (int) count, members.toArray(Traveller[]::new));
        List<Map<String, Object>> allocated = GrantFixture.entitlements(caseId, (int) count);
        assertEquals(count, allocated.size());
        for (int i = 0; i < members.size(); i++) {
            Traveller t = members.get(i);
            var mine = allocated.stream().filter(e -> t.memberId().toString().equals(e.get("beneficiaryId"))).toList();
            if (expected[i].equals("-")) {
                assertTrue(mine.isEmpty(), t.relation() + " gets nothing under " + programme);
                continue;
            }
            Map<String, Object> e = mine.get(0);
            assertEquals(expected[i], ((Map<?, ?>) e.get("allocated")).get("amount"));
            assertEquals(expected[i], ((Map<?, ?>) e.get("available")).get("amount"));
            assertEquals(t.age() < 18, e.get("minor"));
            @SuppressWarnings("unchecked") // the JSON list of the answer's categories
            List<Map<String, Object>> categories = (List<Map<String, Object>>) e.get("categories");
            categories.stream().filter(c -> "SUBSISTENCE".equals(c.get("code"))).findFirst().ifPresent(c -> {
                assertEquals(t.age() < 18 ? "IN_KIND" : "CASH", c.get("form"), "a minor's subsistence is in kind");
                assertEquals(t.age() < 18 ? "VENDOR" : "RETURNEE", c.get("payee"));
            });
        }
    }

    @Test
    void theSameApprovalHoweverOftenAndInWhateverOrderAllocatesOncePerBeneficiary() throws Exception {
        Traveller mother = GrantFixture.applicant(31);
        Traveller son = GrantFixture.child(7);
        UUID caseId = UUID.randomUUID();
        String first = grants.approval(caseId, Programme.VICTIMS_OF_TRAFFICKING, true, mother, son);
        String reissued = grants.approval(caseId, Programme.VICTIMS_OF_TRAFFICKING, true, mother, son);
        GrantFixture.send(caseId, first);
        GrantFixture.send(caseId, first);
        GrantFixture.send(caseId, reissued);
        GrantFixture.send(caseId, events.toJson(events.createWithPersonal(
                dev.avrr.vocabulary.events.CaseRegistered.TYPE, caseId.toString(),
                new dev.avrr.vocabulary.events.CaseRegistered(caseId, UUID.randomUUID(), GrantFixture.OFFICE,
                        GrantFixture.COUNTRY, java.time.OffsetDateTime.now(), "NO"),
                new dev.avrr.vocabulary.events.CaseSpecifics(Programme.VICTIMS_OF_TRAFFICKING, null))));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(FINANCE)
                .get("/api/v1/reports/cases/" + caseId).jsonPath().get("registeredAt") != null);
        List<Map<String, Object>> allocated = GrantFixture.entitlements(caseId, 2);
        assertEquals(2, allocated.size(), "one entitlement each for the mother and her son");
        given().auth().oauth2(FINANCE).get("/api/v1/reports/cases/" + caseId).then()
                .body("totals[0].total.allocated.amount", org.hamcrest.Matchers.equalTo("70000.00"));

        List<ConsumerRecord<String, String>> announced = EventProbe.await("avrr.grant",
                r -> caseId.toString().equals(r.key()) && r.value().contains(EntitlementAllocated.TYPE), 2,
                Duration.ofSeconds(20));
        assertEquals(2, announced.size(), "one allocated event per beneficiary");
        for (ConsumerRecord<String, String> r : announced) {
            var event = events.parse(r.value());
            EntitlementAllocated.Package sealed = events.personal(event, EntitlementAllocated.Package.class)
                    .orElseThrow();
            assertEquals(new java.math.BigDecimal("35000.00"), sealed.total());
            assertEquals(List.of("ACCOMMODATION", "EDUCATION_BUSINESS_EMPLOYMENT", "MEDICAL_AID", "SUBSISTENCE"),
                    sealed.categories().stream().map(EntitlementAllocated.Category::code).toList());
            assertEquals(1, sealed.programmeVersion());
            assertEquals(caseId, events.data(event, EntitlementAllocated.class).caseId());
            assertFalse(r.value().contains("Fiktiv"), "no names in events");
            // Neither the programme nor the package that implies it is in clear.
            for (String clear : List.of("VICTIMS_OF_TRAFFICKING", "MEDICAL_AID", "ACCOMMODATION", "35000.00", "IN_KIND")) {
                assertFalse(r.value().contains(clear), clear + " in clear on the topic");
            }
        }
    }

    @Test
    void aUdiApprovalThatDoesNotSayWhetherTheDeadlineWasMetGoesToTheDeadLetterTopic() {
        Traveller t = GrantFixture.applicant(44);
        UUID caseId = UUID.randomUUID();
        GrantFixture.send(caseId, grants.approval(caseId, Programme.UDI_STANDARD, null, t));
        var dead = EventProbe.await("avrr.dlq.grant-service", r -> caseId.toString().equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value());
        assertTrue(reason.contains("appliedBeforeDepartureDeadline"), reason);
        assertFalse(reason.contains("UDI_STANDARD") || dead.get(0).value().contains("UDI_STANDARD"),
                "the dead letter names no programme: " + reason);
        given().auth().oauth2(FINANCE).get("/api/v1/cases/" + caseId + "/entitlements").then().statusCode(404);
    }
}
