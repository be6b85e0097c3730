package dev.avrr.cases.travel;

import static dev.avrr.cases.CaseApi.OSLO;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.cases.CaseApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * docs/domain.md#the-swedish-route, Återintegrationsplan: the plan comes before travel, and only a plan grant-service
 * has approved for the case counts — known here from grant-service's announcement on its topic, sent as it sends
 * it, not from the id the caseworker types in.
 */
@QuarkusTest
class ReintegrationPlanGateWiringTest {

    @ParameterizedTest(name = "{0}, plan: {1} → {2}")
    @CsvSource({
            "VULNERABLE_GROUPS, none,                      409 plan-not-approved",
            "VULNERABLE_GROUPS, referred not approved,    409 plan-not-approved",
            "VULNERABLE_GROUPS, approved for another case, 409 plan-not-approved",
            "VULNERABLE_GROUPS, referred then approved,   200",
            "VULNERABLE_GROUPS, approved never referred,  200",
            "VULNERABLE_GROUPS, approved then referred,   200",
    })
    void wiredIntoTheBooking(String programme, String plan, String expected) {
        String id = CaseApi.register(CaseApi.registration(programme, LocalDate.of(1990, 1, 1), null));
        CaseApi.approved(id);
        CaseApi.needsInventory(OSLO, id);
        CaseApi.arrangements(OSLO, id, false);
        switch (plan) {
            case "none" -> {
            }
            case "referred not approved" -> CaseApi.planDrafted(OSLO, id);
            case "approved for another case" -> {
                String other = CaseApi.registerAdult();
                UUID othersPlan = UUID.randomUUID();
                CaseApi.planApproved(OSLO, other, othersPlan);
                referTo(id, othersPlan).body("reintegrationPlan.approvedAt", nullValue());
            }
            case "referred then approved" -> {
                UUID planId = CaseApi.planDrafted(OSLO, id);
                CaseApi.read(OSLO, id).body("reintegrationPlan.approvedAt", nullValue());
                CaseApi.planApproved(OSLO, id, planId);
            }
            case "approved never referred" -> {
                UUID planId = UUID.randomUUID();
                CaseApi.planApproved(OSLO, id, planId);
                CaseApi.read(OSLO, id).body("reintegrationPlan.planId", equalTo(planId.toString()))
                        .body("reintegrationPlan.approvedAt", notNullValue());
            }
            case "approved then referred" -> {
                // Approved while the case referred to none: it became the reference; the caseworker names it again.
                UUID planId = UUID.randomUUID();
                CaseApi.planApproved(OSLO, id, planId);
                referTo(id, planId).body("reintegrationPlan.approvedAt", notNullValue());
            }
            default -> throw new IllegalArgumentException(plan);
        }
        CaseApi.answers(CaseApi.book(OSLO, id), expected);
    }

    private static io.restassured.response.ValidatableResponse referTo(String id, UUID planId) {
        return CaseApi.put(OSLO, id, "reintegration-plan", "{\"planId\":\"%s\",\"draftedOn\":\"%s\"}"
                .formatted(planId, CaseApi.today())).statusCode(200);
    }
}
