package dev.avrr.grant.disbursement;

import static dev.avrr.grant.GrantFixture.MISSION;
import static dev.avrr.grant.GrantFixture.approvedLine;
import static dev.avrr.grant.GrantFixture.available;
import static dev.avrr.grant.GrantFixture.disbursementBody;
import static dev.avrr.grant.GrantFixture.request;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.avrr.grant.GrantFixture;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Who may be paid (docs/domain.md#the-vulnerable-groups-package, #conversion-rules), as a table through HTTP: in-kind support goes to a vendor
 * or service provider on an approved plan line, never to the returnee; cash goes to an adult returnee, and a
 * minor's cash to the parent, never to the child. A refusal names its rule and reserves nothing.
 */
@QuarkusTest
class PayeeRuleTest {

    @Inject
    GrantFixture grants;

    @ParameterizedTest(name = "{0} {1}, {2} ({3}) paid to {4} → {5} {6}")
    @CsvSource({
            "VICTIMS_OF_TRAFFICKING, 30, SUBSISTENCE,                   CASH,    RETURNEE, 201, ",
            "VICTIMS_OF_TRAFFICKING, 30, SUBSISTENCE,                   CASH,    VENDOR,   422, cash-to-the-adult-returnee",
            "VICTIMS_OF_TRAFFICKING, 30, SUBSISTENCE,                   CASH,    PARENT,   422, cash-to-the-adult-returnee",
            "VICTIMS_OF_TRAFFICKING, 30, EDUCATION_BUSINESS_EMPLOYMENT, IN_KIND, VENDOR,   201, ",
            "VICTIMS_OF_TRAFFICKING, 30, EDUCATION_BUSINESS_EMPLOYMENT, IN_KIND, RETURNEE, 422, in-kind-never-cash",
            "VICTIMS_OF_TRAFFICKING, 9,  SUBSISTENCE,                   IN_KIND, VENDOR,   201, ",
            "VICTIMS_OF_TRAFFICKING, 9,  SUBSISTENCE,                   IN_KIND, RETURNEE, 422, in-kind-never-cash",
            "VICTIMS_OF_TRAFFICKING, 9,  SUBSISTENCE,                   IN_KIND, PARENT,   422, in-kind-never-cash",
            "VULNERABLE_GROUPS,      16, SUBSISTENCE,                   IN_KIND, RETURNEE, 422, in-kind-never-cash",
            "UDI_STANDARD,           10, CASH_GRANT,                    CASH,    PARENT,   201, ",
            "UDI_STANDARD,           10, CASH_GRANT,                    CASH,    RETURNEE, 422, no-cash-to-a-minor",
            "UDI_STANDARD,           10, CHILD_SUPPLEMENT,              CASH,    VENDOR,   422, no-cash-to-a-minor",
    })
    void whoMayBePaid(Programme programme, int age, String category, String form, String payee, int status,
            String rule) {
        String id = entitlement(programme, age);
        String line = form.equals("IN_KIND") ? approvedLine(id, category, category.equals("SUBSISTENCE") ? "FOOD"
                : "EQUIPMENT", "500.00") : null;
        BigDecimal before = available(id, category);
        ValidatableResponse r = request(MISSION, id, disbursementBody(category, line, payee, "500.00")).statusCode(status);
        if (status == 422) {
            r.body("rule", equalTo(rule));
            assertEquals(before, available(id, category), "a refusal reserves nothing");
        } else {
            r.body("payee.type", equalTo(payee)).body("form", equalTo(form));
            assertEquals(before.subtract(new BigDecimal("500.00")), available(id, category));
        }
    }

    /** A child travelling with an applicant (UDI's grant is per child too), or an applicant of that age. */
    private String entitlement(Programme programme, int age) {
        if (age >= 18 || programme == Programme.VULNERABLE_GROUPS) {
            return grants.single(programme, age);
        }
        Traveller parent = GrantFixture.applicant(35);
        Traveller child = GrantFixture.child(age);
        UUID caseId = grants.approve(programme, true, 2, parent, child);
        return GrantFixture.entitlementOf(caseId, child.memberId());
    }
}
