package dev.avrr.referral;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import dev.avrr.testing.TestTokens;
import dev.avrr.vocabulary.Roles;
import io.restassured.response.ValidatableResponse;

/** Tokens, bodies and calls the referral tests share. Fixture people are obviously fictional. */
public final class Fixtures {

    public static final String COORDINATOR_ORG = "lansstyrelsen-stockholm";
    public static final String COORDINATOR = TestTokens.of(Roles.COORDINATOR, COORDINATOR_ORG);
    public static final String IOM_OSLO = TestTokens.of(Roles.CASEWORKER, "iom-oslo");
    public static final String IOM_HELSINKI = TestTokens.of(Roles.CASEWORKER, "iom-helsinki");

    private Fixtures() {
    }

    /** A partner of an organisation of its own, so no other test's referrals are in its lists. */
    public static String partner(String org) {
        return TestTokens.of(Roles.PARTNER, org);
    }

    public static String consent(String purpose) {
        return "{\"purpose\":\"" + purpose + "\",\"language\":\"en\",\"interpreterUsed\":false}";
    }

    /** A Norwegian referral with the given person part (JSON object) and consents (JSON array). */
    public static String norway(String person, String consents, boolean submit) {
        return "{\"jurisdiction\":\"NO\",\"person\":" + person + ",\"consents\":" + consents + ",\"submit\":" + submit + "}";
    }

    /** A Swedish referral to Länsstyrelsen Stockholm. */
    public static String sweden(String person, String consents, boolean submit) {
        return "{\"jurisdiction\":\"SE\",\"coordinatorOrg\":\"" + COORDINATOR_ORG + "\",\"person\":" + person
                + ",\"consents\":" + consents + ",\"submit\":" + submit + "}";
    }

    public static final String PERSON = """
            {"givenName":"Testa","familyName":"Fiktivsen","dateOfBirth":"1990-01-01","sex":"FEMALE",
             "nationality":"ET","countryOfReturn":"ET"}""";

    /** Every consent a route needs to go all the way, and feedback to the referrer. */
    public static final String NORWAY_CONSENTS = "[" + consent("SHARE_WITH_IOM") + "," + consent("FEEDBACK_TO_REFERRER")
            + "]";
    public static final String SWEDEN_CONSENTS = "[" + consent("SHARE_WITH_COORDINATOR") + "," + consent("SHARE_WITH_IOM")
            + "," + consent("FEEDBACK_TO_REFERRER") + "]";

    public static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/referrals").then();
    }

    public static String created(String token, String body) {
        return create(token, body).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse post(String token, String path) {
        return given().auth().oauth2(token).post("/api/v1/referrals/" + path).then();
    }

    public static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/referrals/" + path).then();
    }

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get("/api/v1/referrals/" + path).then();
    }

    /** A Norwegian referral accepted by IOM Oslo, referred by the partner's organisation. */
    public static String acceptedInNorway(String partner) {
        String id = created(partner, norway(PERSON, NORWAY_CONSENTS, true));
        post(IOM_OSLO, id + "/acceptance").statusCode(200);
        return id;
    }

    /** A Swedish referral approved by the coordinator and accepted by IOM Helsinki. */
    public static String acceptedInSweden(String partner, String consents) {
        String id = created(partner, sweden(PERSON, consents, true));
        post(COORDINATOR, id + "/coordinator-approval").statusCode(200);
        post(IOM_HELSINKI, id + "/acceptance").statusCode(200);
        return id;
    }
}
