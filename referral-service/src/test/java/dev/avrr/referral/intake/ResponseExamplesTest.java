package dev.avrr.referral.intake;

import static dev.avrr.referral.Fixtures.COORDINATOR;
import static dev.avrr.referral.Fixtures.IOM_HELSINKI;
import static dev.avrr.referral.Fixtures.IOM_OSLO;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.avrr.referral.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The referral operations answer as the OpenAPI document's response examples say. Each named example is replayed:
 * its request example of the same name, by the role the example is for, from the state the shortest way there
 * reaches. The answer must equal the example but for the id and the times, and its status change must coincide
 * with its creation exactly where the example's does. A new response example of these operations needs its
 * replay here.
 */
@QuarkusTest
class ResponseExamplesTest {

    private static final String REFERRALS = "/api/v1/referrals";
    private static final String ONE = REFERRALS + "/{id}";
    /** The examples' organisations: a Norwegian NGO and a Swedish social services office. */
    private static final String NGO = Fixtures.partner("ngo-example");
    private static final String SOCIAL_SERVICES = Fixtures.partner("socialtjansten-example");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document;

    @Test
    void aCreateAnswersAsItsExamples() {
        assertAnswers("post", REFERRALS, "201", Map.of(
                "norway", () -> create(NGO, request("post", REFERRALS, "norway")),
                "norway-unverified-duf-number",
                () -> create(NGO, request("post", REFERRALS, "norway-unverified-duf-number")),
                "sweden", () -> create(SOCIAL_SERVICES, request("post", REFERRALS, "sweden")),
                "sweden-draft", () -> create(SOCIAL_SERVICES, request("post", REFERRALS, "sweden-draft")),
                "coordinator", () -> create(COORDINATOR, request("post", REFERRALS, "coordinator"))));
    }

    @Test
    void anUpdateAnswersAsItsExample() {
        assertAnswers("put", ONE, "200", Map.of("draft", () -> {
            Response draft = create(NGO, norwegianDraftBody());
            return given().auth().oauth2(NGO).contentType("application/json").header("If-Match", draft.header("ETag"))
                    .body(request("put", ONE, "draft")).put(REFERRALS + "/" + draft.path("id"));
        }));
    }

    @Test
    void aReadAnswersEachRoleAsItsExample() {
        assertAnswers("get", ONE, "200", Map.of(
                "partner-draft", () -> read(NGO, norwegianDraft()),
                "partner-declined", () -> {
                    String id = norwegian();
                    assertEquals(200, decline(IOM_OSLO, id, "iom-oslo").statusCode());
                    return read(NGO, id);
                },
                "iom-oslo", () -> read(IOM_OSLO, norwegian()),
                "coordinator", () -> read(COORDINATOR, swedish()),
                "coordinator-consent-withdrawn", () -> {
                    String id = swedish();
                    assertEquals(200, given().auth().oauth2(SOCIAL_SERVICES).contentType("application/json")
                            .body("{\"purposes\":[\"SHARE_WITH_COORDINATOR\"],\"language\":\"en\","
                                    + "\"interpreterUsed\":false}")
                            .post(REFERRALS + "/" + id + "/consent-withdrawal").statusCode());
                    return read(COORDINATOR, id);
                }));
    }

    @Test
    void aSubmissionAnswersAsItsExamples() {
        assertAnswers("post", ONE + "/submission", "200", Map.of(
                "norway", () -> command(NGO, norwegianDraft(), "submission"),
                "sweden", () -> command(SOCIAL_SERVICES, swedishDraft(), "submission")));
    }

    @Test
    void theCoordinatorsApprovalAnswersAsItsExample() {
        assertAnswers("post", ONE + "/coordinator-approval", "200", Map.of(
                "sweden", () -> command(COORDINATOR, swedish(), "coordinator-approval")));
    }

    @Test
    void anAcceptanceAnswersAsItsExamples() {
        assertAnswers("post", ONE + "/acceptance", "200", Map.of(
                "iom-oslo", () -> command(IOM_OSLO, norwegian(), "acceptance"),
                "iom-helsinki", () -> command(IOM_HELSINKI, approvedSwedish(), "acceptance")));
    }

    @Test
    void aDeclineAnswersAsItsExamples() {
        assertAnswers("post", ONE + "/decline", "200", Map.of(
                "iom-oslo", () -> decline(IOM_OSLO, norwegian(), "iom-oslo"),
                "coordinator", () -> decline(COORDINATOR, swedish(), "coordinator"),
                "iom-helsinki", () -> decline(IOM_HELSINKI, approvedSwedish(), "iom-helsinki")));
    }

    @Test
    void aWithdrawalAnswersAsItsExamples() {
        assertAnswers("post", ONE + "/withdrawal", "200", Map.of(
                "norway", () -> command(NGO, norwegian(), "withdrawal"),
                "sweden", () -> command(SOCIAL_SERVICES, swedish(), "withdrawal")));
    }

    /** Replays every response example of one operation's success and compares the answers with them. */
    private static void assertAnswers(String method, String path, String code,
            Map<String, Supplier<Response>> replays) {
        String operation = method.toUpperCase() + " " + path;
        JsonNode examples = operation(method, path).path("responses").path(code).path("content")
                .path("application/json").path("examples");
        Set<String> names = new TreeSet<>();
        examples.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(replays.keySet()), names,
                operation + ": its " + code + " examples and their replays");
        replays.forEach((name, replay) -> {
            String what = operation + ", example " + name;
            Response answer = replay.get();
            assertEquals(Integer.parseInt(code), answer.statusCode(), what + ": " + answer.asString());
            JsonNode expected = examples.path(name).path("value");
            JsonNode actual = json(answer.asString());
            assertEquals(sameTime(expected), sameTime(actual), what + ": statusChangedAt = createdAt");
            assertEquals(withoutIdAndTimes(expected), withoutIdAndTimes(actual), what);
        });
    }

    private static boolean sameTime(JsonNode referral) {
        return referral.path("createdAt").equals(referral.path("statusChangedAt"));
    }

    private static JsonNode withoutIdAndTimes(JsonNode referral) {
        ObjectNode copy = referral.deepCopy();
        copy.remove(Set.of("id", "createdAt", "statusChangedAt"));
        return copy;
    }

    private static JsonNode operation(String method, String path) {
        if (document == null) {
            document = json(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                    .extract().asString());
        }
        JsonNode operation = document.path("paths").path(path).path(method);
        assertFalse(operation.isMissingNode(), "the OpenAPI document has no " + method + " " + path);
        return operation;
    }

    /** The request example of that name, as JSON text. */
    private static String request(String method, String path, String name) {
        JsonNode value = operation(method, path).path("requestBody").path("content").path("application/json")
                .path("examples").path(name).path("value");
        assertFalse(value.isMissingNode(), method + " " + path + " has no request example " + name);
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static String norwegianDraftBody() {
        ObjectNode body = (ObjectNode) json(request("post", REFERRALS, "norway"));
        return body.put("submit", false).toString();
    }

    private static Response create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post(REFERRALS);
    }

    private static String created(String token, String body) {
        Response r = create(token, body);
        assertEquals(201, r.statusCode(), r.asString());
        return r.path("id");
    }

    /** The Norwegian create example kept as a draft. */
    private static String norwegianDraft() {
        return created(NGO, norwegianDraftBody());
    }

    /** The Norwegian create example: submitted to IOM Oslo. */
    private static String norwegian() {
        return created(NGO, request("post", REFERRALS, "norway"));
    }

    private static String swedishDraft() {
        return created(SOCIAL_SERVICES, request("post", REFERRALS, "sweden-draft"));
    }

    /** The Swedish create example: awaiting the coordinator. */
    private static String swedish() {
        return created(SOCIAL_SERVICES, request("post", REFERRALS, "sweden"));
    }

    private static String approvedSwedish() {
        String id = swedish();
        assertEquals(200, command(COORDINATOR, id, "coordinator-approval").statusCode());
        return id;
    }

    private static Response read(String token, String id) {
        return given().auth().oauth2(token).get(REFERRALS + "/" + id);
    }

    private static Response command(String token, String id, String command) {
        return given().auth().oauth2(token).post(REFERRALS + "/" + id + "/" + command);
    }

    /** A decline with the reason of the decline's request example of that name. */
    private static Response decline(String token, String id, String example) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(request("post", ONE + "/decline", example)).post(REFERRALS + "/" + id + "/decline");
    }
}
