package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import dev.avrr.platform.events.Events;
import dev.avrr.vocabulary.events.CaseApproved;
import dev.avrr.vocabulary.events.CaseProgressed;
import dev.avrr.vocabulary.events.CaseRegistered;
import dev.avrr.vocabulary.events.UdiDecisionRecorded;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-norwegian-route: IOM cannot help before UDI approves. Until approval no travel is booked ({@code udi-approval-missing})
 * and no grant follows: CaseApproved, which grant-service allocates from, is emitted only on approval.
 */
@QuarkusTest
class UdiApprovalGateTest {

    @Inject
    Events events;

    @ParameterizedTest(name = "in {0}: booking travel → 409 udi-approval-missing")
    @CsvSource({ "REGISTERED", "ELIGIBILITY_ASSESSED", "SUBMITTED_TO_UDI", "UDI_REJECTED", "APPEALED_TO_UNE" })
    void noBookingBeforeApproval(String state) {
        String id = CaseApi.registerAdult();
        CaseApi.prepared(OSLO, id);
        switch (state) {
            case "ELIGIBILITY_ASSESSED" -> CaseApi.assessedEligible(OSLO, id);
            case "SUBMITTED_TO_UDI" -> CaseApi.submitted(id);
            case "UDI_REJECTED", "APPEALED_TO_UNE" -> {
                CaseApi.submitted(id);
                CaseApi.udiDecision(id, "REJECTED", "Fictional reason").statusCode(200);
                if (state.equals("APPEALED_TO_UNE")) {
                    CaseApi.post(CaseApi.UDI, id, "une-appeal", "{\"appealedOn\":\"%s\"}".formatted(CaseApi.today()))
                            .statusCode(200);
                }
            }
            default -> {
            }
        }
        CaseApi.book(OSLO, id).statusCode(409).body("state", equalTo(state))
                .body("guard", equalTo("udi-approval-missing"));
        CaseApi.depart(OSLO, id).statusCode(409).body("guard", equalTo("udi-approval-missing"));
        CaseApi.read(OSLO, id).body("status", equalTo(state)).body("travel.booking", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void onceUdiApprovedTravelIsBooked() {
        String id = CaseApi.registerAdult();
        CaseApi.approved(id);
        CaseApi.prepared(OSLO, id);
        CaseApi.book(OSLO, id).statusCode(200).body("status", equalTo("TRAVEL_PREPARATION"));
    }

    @Test
    void noGrantBeforeApproval() {
        String id = CaseApi.registerAdult();
        CaseApi.submitted(id);
        CaseApi.udiDecision(id, "REJECTED", "Fictional reason").statusCode(200);
        CaseApi.post(OSLO, id, "withdrawal", "{\"endedOn\":\"%s\",\"reason\":\"APPLICATION_REJECTED\"}"
                .formatted(CaseApi.today())).statusCode(200);
        List<String> types = CaseApi.stepEventTypes(events, id, 4);
        assertFalse(types.contains(CaseApproved.TYPE), "no CaseApproved: " + types);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(CaseRegistered.TYPE, CaseProgressed.ELIGIBILITY_ASSESSED,
                UdiDecisionRecorded.TYPE, CaseProgressed.WITHDRAWN), types);
    }
}
