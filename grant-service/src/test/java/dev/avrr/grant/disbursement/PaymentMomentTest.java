package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.available;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.grant.GrantFixture.Stage;
import dev.avrr.grant.catalogue.CategoryKind;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * When money may be requested (docs/grant-service.md#when-money-may-move; docs/domain.md#the-victims-of-trafficking-package:
 * in-kind support on the plan made with the mission upon arrival): subsistence and UDI's cash grant from the
 * departure, everything else after the arrival — first as the rule's table, then through HTTP on cases whose
 * departure and arrival reach grant-service as case-service announces them. A plan is approved before the
 * departure; a refusal names its rule and reserves nothing.
 */
@QuarkusTest
class PaymentMomentTest {

    private static final LocalDate DEPARTED = LocalDate.of(2026, 3, 1);
    private static final LocalDate ARRIVED = LocalDate.of(2026, 3, 2);

    @Inject
    GrantFixture grants;

    @ParameterizedTest(name = "{0}, departed: {1}, arrived: {2} → {3}")
    @CsvSource({
            "SUBSISTENCE,       false, false, payable-from-departure",
            "SUBSISTENCE,       true,  false, ''",
            "SUBSISTENCE,       true,  true,  ''",
            "SUBSISTENCE,       false, true,  ''",
            "CASH_GRANT,        false, false, payable-from-departure",
            "CASH_GRANT,        true,  false, ''",
            "ACCOMMODATION,     false, false, payable-after-arrival",
            "ACCOMMODATION,     true,  false, payable-after-arrival",
            "ACCOMMODATION,     true,  true,  ''",
            "INCOME_GENERATION, true,  false, payable-after-arrival",
            "INCOME_GENERATION, true,  true,  ''",
            "MEDICAL,           true,  false, payable-after-arrival",
            "MEDICAL,           true,  true,  ''",
    })
    void table(CategoryKind kind, boolean departed, boolean arrived, String refusal) {
        assertEquals(refusal.isEmpty() ? Optional.empty() : Optional.of(refusal),
                PaymentMoment.refusal(kind, departed ? DEPARTED : null, arrived ? ARRIVED : null));
    }

    @ParameterizedTest(name = "{0} {1}, {2} when {3} → {4} {5}")
    @CsvSource({
            "VICTIMS_OF_TRAFFICKING, 30, SUBSISTENCE,                   APPROVED, 422, payable-from-departure",
            "VICTIMS_OF_TRAFFICKING, 30, SUBSISTENCE,                   DEPARTED, 201, ",
            "VICTIMS_OF_TRAFFICKING, 9,  SUBSISTENCE,                   APPROVED, 422, payable-from-departure",
            "VICTIMS_OF_TRAFFICKING, 9,  SUBSISTENCE,                   DEPARTED, 201, ",
            "VICTIMS_OF_TRAFFICKING, 30, EDUCATION_BUSINESS_EMPLOYMENT, APPROVED, 422, payable-after-arrival",
            "VICTIMS_OF_TRAFFICKING, 30, EDUCATION_BUSINESS_EMPLOYMENT, DEPARTED, 422, payable-after-arrival",
            "VICTIMS_OF_TRAFFICKING, 30, EDUCATION_BUSINESS_EMPLOYMENT, ARRIVED,  201, ",
            "VULNERABLE_GROUPS,      30, HOUSING,                       DEPARTED, 422, payable-after-arrival",
            "VULNERABLE_GROUPS,      30, HOUSING,                       ARRIVED,  201, ",
            "UDI_STANDARD,           30, CASH_GRANT,                    APPROVED, 422, payable-from-departure",
            "UDI_STANDARD,           30, CASH_GRANT,                    DEPARTED, 201, ",
    })
    void throughHttp(Programme programme, int age, String category, Stage stage, int status, String rule) {
        String id = entitlement(stage, programme, age);
        boolean inKind = !category.equals("CASH_GRANT") && (age < 18 || !category.equals("SUBSISTENCE"));
        // The plan is drafted and approved whatever the stage: a plan may be approved before travel.
        String activity = switch (category) {
            case "SUBSISTENCE" -> "FOOD";
            case "HOUSING" -> "RENT";
            default -> "EQUIPMENT";
        };
        String line = inKind ? approvedLine(id, category, activity, "500.00") : null;
        String payee = inKind ? "VENDOR" : "RETURNEE";
        BigDecimal before = available(id, category);
        ValidatableResponse r = request(MISSION, id, disbursementBody(category, line, payee, "500.00")).statusCode(status);
        if (status == 422) {
            r.body("rule", equalTo(rule));
            assertEquals(before, available(id, category), "a refusal reserves nothing");
        } else {
            assertEquals(before.subtract(new BigDecimal("500.00")), available(id, category));
        }
    }

    /** The applicant's entitlement, or a child's travelling with a parent. */
    private String entitlement(Stage stage, Programme programme, int age) {
        if (age >= 18) {
            Traveller a = GrantFixture.applicant(age);
            return GrantFixture.entitlementOf(grants.approve(stage, programme, true, 1, a), a.memberId());
        }
        Traveller parent = GrantFixture.applicant(35);
        Traveller child = GrantFixture.child(age);
        UUID caseId = grants.approve(stage, programme, true, 2, parent, child);
        return GrantFixture.entitlementOf(caseId, child.memberId());
    }
}
