package dev.avrr.referral;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.avrr.platform.http.Page;
import dev.avrr.testing.AbstractApiContractTest;
import dev.avrr.testing.ApiContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiContractTest extends AbstractApiContractTest {

    /** Partner systems build on these answers without asking: every operation shows what it answers. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationThatAnswersWithABodyShowsAnExampleOfIt() {
        List<String> missing = new ArrayList<>();
        for (ApiContract.Operation op : ApiContract.operations()) {
            Map<String, Object> responses = (Map<String, Object>) op.spec().get("responses");
            boolean example = responses != null && responses.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2"))
                    .map(e -> (Map<String, Object>) ((Map<String, Object>) e.getValue()).get("content"))
                    .filter(c -> c != null)
                    .flatMap(c -> c.values().stream())
                    .anyMatch(media -> ((Map<String, Object>) media).get("examples") != null
                            || ((Map<String, Object>) media).get("example") != null);
            boolean noContent = responses != null && responses.containsKey("204");
            if (!example && !noContent) {
                missing.add(op.toString());
            }
        }
        assertTrue(missing.isEmpty(), "operations without a response example: " + missing);
    }

    /**
     * The documentation-only page types (ReferralPage, ResidentPage, WebhookDeliveryPage, AuditEntryPage) stand in
     * for {@code Page<T>}, which {@code @Schema(implementation)} cannot name: each must keep Page's fields.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedPageMirrorsPage() {
        Map<String, Map<String, Object>> schemas = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("components.schemas");
        Set<String> pageFields = new TreeSet<>(
                Arrays.stream(Page.class.getRecordComponents()).map(RecordComponent::getName).toList());
        List<String> pages = schemas.keySet().stream().filter(name -> name.endsWith("Page")).sorted().toList();
        assertFalse(pages.isEmpty(), "no page schema in the document");
        for (String name : pages) {
            Map<String, Object> properties = (Map<String, Object>) schemas.get(name).get("properties");
            assertEquals(pageFields, new TreeSet<>(properties.keySet()), name + " does not mirror Page's fields");
            assertEquals("array", ((Map<String, Object>) properties.get("items")).get("type"),
                    name + ".items is not an array");
        }
    }
}
