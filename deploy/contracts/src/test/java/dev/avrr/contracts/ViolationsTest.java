package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * (d) What is wrong is refused, with a sentence that names the event type and the JSON path — and never the value,
 * which may be personal data.
 */
class ViolationsTest {

    /** A value no violation may ever quote. */
    private static final String SECRET = "Kari Nordmann-Testesen 01017012345";

    private static final AsyncApiContract CONTRACT = AsyncApiContract.load();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEEN = new ArrayList<>();

    private static final String APPROVED = "avrr.case.approved.v1";

    /** The violations of a valid event of a type after a change, on its own topic. */
    private static List<String> after(String type, Consumer<ObjectNode> change) {
        return after(type, type.substring(0, type.indexOf('.', 5)), change);
    }

    private static List<String> after(String type, String topic, Consumer<ObjectNode> change) {
        ObjectNode event = event(type);
        change.accept(event);
        return check(topic, event.toString());
    }

    private static List<String> check(String topic, String value) {
        List<String> violations = CONTRACT.violations(topic, value);
        SEEN.addAll(violations);
        return violations;
    }

    private static ObjectNode event(String type) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(PlatformEventsTest.json(Samples.full(type)));
            assertEquals(List.of(), CONTRACT.violations(type.substring(0, type.indexOf('.', 5)), event.toString()),
                    "the unchanged event is valid");
            return event;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode data(ObjectNode event) {
        return (ObjectNode) event.get("data");
    }

    @AfterAll
    static void noViolationQuotesAValue() {
        assertTrue(SEEN.size() > 30, "the tests saw violations (" + SEEN.size() + ")");
        for (String v : SEEN) {
            assertFalse(v.contains("Kari") || v.contains("01017012345") || v.contains("8000.5"),
                    "a violation quotes a value: " + v);
        }
    }

    // ---------------------------------------------------------------- data

    @Test
    void aMissingRequiredDataFieldIsNamed() {
        assertEquals(List.of(APPROVED + ": $.data.personal is required but missing"),
                after(APPROVED, e -> data(e).remove("personal")));
        assertEquals(List.of("avrr.grant.disbursement-paid.v1: $.data.paidOn is required but missing"),
                after("avrr.grant.disbursement-paid.v1", e -> data(e).remove("paidOn")));
        // Where the contract requires what the record leaves optional: case-service always sets the departure date.
        assertEquals(List.of("avrr.case.departed.v1: $.data.date is required but missing"),
                after("avrr.case.departed.v1", e -> data(e).remove("date")));
        assertEquals(List.of(APPROVED + ": $.data is required but missing"), after(APPROVED, e -> e.remove("data")));
    }

    @Test
    void aFieldTheContractDoesNotKnowIsRefused() {
        assertEquals(List.of(APPROVED + ": $.data.name is not in the contract (no other fields are allowed here)"),
                after(APPROVED, e -> data(e).put("name", SECRET)));
        // The programme and the household travel sealed: in clear they are refused.
        assertEquals(List.of(APPROVED + ": $.data.programme is not in the contract (no other fields are allowed here)"),
                after(APPROVED, e -> data(e).put("programme", "VICTIMS_OF_TRAFFICKING")));
        assertEquals(List.of(APPROVED + ": $.data.household is not in the contract (no other fields are allowed here)"),
                after(APPROVED, e -> data(e).putArray("household").addObject().put("age", 16)));
        assertEquals(List.of("avrr.monitoring.alert-raised.v1: $.data.kind is not in the contract (no other fields are"
                + " allowed here)"), after("avrr.monitoring.alert-raised.v1", e -> data(e).put("kind", "TRAFFICKING")));
        // A grant's categories and money travel sealed too: a medical category, or a package's amounts, would tell.
        assertEquals(List.of("avrr.grant.allocated.v1: $.data.categories is not in the contract (no other fields are"
                + " allowed here)"), after("avrr.grant.allocated.v1",
                        e -> data(e).putArray("categories").addObject().put("code", "MEDICAL_AID")));
        assertEquals(List.of("avrr.grant.disbursement-paid.v1: $.data.amount is not in the contract (no other fields"
                + " are allowed here)"), after("avrr.grant.disbursement-paid.v1", e -> data(e).put("amount", "8000.50")));
    }

    @Test
    void aValueOutsideTheCodesIsRefused() {
        assertEquals(List.of(APPROVED + ": $.data.basis must be one of COORDINATOR, UDI, UNE"),
                after(APPROVED, e -> data(e).put("basis", SECRET)));
        assertEquals(List.of("avrr.case.departed.v1: $.data.status must be DEPARTED"),
                after("avrr.case.departed.v1", e -> data(e).put("status", "CLOSED")));
        assertEquals(List.of(APPROVED + ": $.data.countryOfReturn does not match the pattern ^[A-Z]{2}$"),
                after(APPROVED, e -> data(e).put("countryOfReturn", "Ethiopia")));
    }

    @Test
    void datesAreStrictAndNothingIsEverNull() {
        assertEquals(List.of("avrr.grant.disbursement-paid.v1: $.data.paidOn is not a valid date"),
                after("avrr.grant.disbursement-paid.v1", e -> data(e).put("paidOn", "2026-02-30")));
        assertEquals(List.of(APPROVED + ": $.data.referralId must be of JSON type string"),
                after(APPROVED, e -> data(e).putNull("referralId")));
        assertEquals(List.of(APPROVED + ": $.data.approvedAt is not a valid date-time",
                APPROVED + ": $.data.approvedAt does not match the pattern "
                        + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$").stream().sorted()
                .toList(), after(APPROVED, e -> data(e).put("approvedAt", "1 March 2026")));
        assertEquals(List.of(APPROVED + ": $.data.approvedAt does not match the pattern "
                + "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?Z$"),
                after(APPROVED, e -> data(e).put("approvedAt", "2026-03-01T10:30:00+01:00")));
        assertEquals(List.of("avrr.case.return-completed.v1: $.data.arrivalDate is not a valid date"),
                after("avrr.case.return-completed.v1", e -> data(e).put("arrivalDate", "2026-02-30")));
    }

    // ---------------------------------------------------------------- the personal part

    @Test
    void aPersonTravelsOnlySealedAndOnlyWhereTheContractSaysSo() {
        String accepted = "avrr.referral.accepted.v1";
        assertEquals(List.of(accepted + ": $.data.personal must be of JSON type string"),
                after(accepted, e -> data(e).putObject("personal").put("givenName", SECRET)));
        assertEquals(List.of(accepted + ": $.data.personal is required but missing"),
                after(accepted, e -> data(e).remove("personal")));
        assertEquals(List.of(accepted + ": $.personalkeyid is required but missing"),
                after(accepted, e -> e.remove("personalkeyid")));
        assertTrue(after(accepted, e -> data(e).put("personal", SECRET)).contains(
                accepted + ": $.data.personal does not match the pattern "
                        + "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"));

        // The case's programme and household travel sealed in the approval, never in clear and never without the key.
        assertEquals(List.of(APPROVED + ": $.personalkeyid is required but missing"),
                after(APPROVED, e -> e.remove("personalkeyid")));
        String departed = "avrr.case.departed.v1";
        List<String> sealedIntoACaseEvent = after(departed, e -> {
            data(e).put("personal", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            e.put("personalkeyid", "k1");
        });
        assertTrue(sealedIntoACaseEvent.contains(departed + ": $.data.personal is not allowed here"),
                sealedIntoACaseEvent.toString());
        assertTrue(sealedIntoACaseEvent.contains(departed + ": $.personalkeyid is not allowed here"),
                sealedIntoACaseEvent.toString());
    }

    // ---------------------------------------------------------------- topics and types

    @Test
    void aTypeOnTheWrongTopicIsRefused() {
        assertEquals(List.of(APPROVED + ": $.type is not a message of topic avrr.referral; it belongs on avrr.case, "
                + "avrr.dlq.referral-service, avrr.dlq.grant-service, avrr.dlq.monitoring-service"),
                after(APPROVED, "avrr.referral", e -> {
                }));
        assertEquals(1, after(APPROVED, "avrr.dlq.case-service", e -> {
        }).size(), "case-service does not consume avrr.case, so its dead letters hold none");
        assertEquals(List.of(), after(APPROVED, "avrr.dlq.grant-service", e -> {
        }), "grant-service's dead letters may hold what it consumes");
        assertEquals(List.of("Topic avrr.cases is not a channel of the contract (topics: avrr.referral, avrr.case, "
                + "avrr.grant, avrr.monitoring, avrr.dlq.referral-service, avrr.dlq.case-service, avrr.dlq.grant-service, "
                + "avrr.dlq.monitoring-service)"), after(APPROVED, "avrr.cases", e -> {
                }));
    }

    @Test
    void anUnknownTypeIsRefusedAndTheEnvelopeStillChecked() {
        assertEquals(List.of("Event of unknown type: $.type is not an event type of the contract"),
                after(APPROVED, e -> e.put("type", "avrr.case.approved.v2")));
        List<String> violations = after(APPROVED, e -> {
            e.put("type", SECRET);
            e.remove("time");
        });
        assertTrue(violations.contains("Event of unknown type: $.type is not an event type of the contract"),
                violations.toString());
        assertTrue(violations.contains("Event of unknown type: $.time is required but missing"), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("Event of unknown type: $.type does not match")),
                violations.toString());
    }

    // ---------------------------------------------------------------- the envelope

    @Test
    void aBadEnvelopeIsRefused() {
        assertEquals(List.of(APPROVED + ": $.specversion is required but missing"),
                after(APPROVED, e -> e.remove("specversion")));
        assertEquals(List.of(APPROVED + ": $.specversion must be 1.0"), after(APPROVED, e -> e.put("specversion", "0.3")));
        assertEquals(List.of(APPROVED + ": $.id does not match the pattern "
                + "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", APPROVED + ": $.id is not a valid uuid"),
                after(APPROVED, e -> e.put("id", SECRET)));
        assertEquals(List.of(APPROVED + ": $.id must be of JSON type string"), after(APPROVED, e -> e.put("id", 42)));
        assertEquals(List.of(APPROVED + ": $.source must be /avrr/case-service"),
                after(APPROVED, e -> e.put("source", "/avrr/grant-service")));
        assertEquals(List.of(APPROVED + ": $.datacontenttype must be application/json"),
                after(APPROVED, e -> e.put("datacontenttype", "text/plain")));
        assertEquals(List.of(APPROVED + ": $.subject is not the aggregate id $.data.caseId"),
                after(APPROVED, e -> e.put("subject", Samples.REFERRAL.toString())));
        assertEquals(List.of(APPROVED + ": $.subject is required but missing"), after(APPROVED, e -> e.remove("subject")));
        String uuidOnly = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
        assertEquals(List.of(APPROVED + ": $.correlationid does not match the pattern " + uuidOnly),
                after(APPROVED, e -> e.put("correlationid", SECRET)));
        assertEquals(List.of(APPROVED + ": $.correlationid does not match the pattern " + uuidOnly),
                after(APPROVED, e -> e.put("correlationid", "trace-01017012345")));
        // CloudEvents extension attributes are allowed, if their names are CloudEvents attribute names.
        assertEquals(List.of(), after(APPROVED, e -> e.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-00")));
        assertEquals(List.of(APPROVED + ": $['Full name'] is not an allowed attribute name (names must match "
                + "^[a-z0-9]{1,20}$)"), after(APPROVED, e -> e.put("Full name", SECRET)));
    }

    @Test
    void aValueThatIsNoEnvelopeIsRefusedWithoutQuotingIt() {
        assertEquals(List.of("The record's value is not well-formed JSON"),
                check("avrr.case", "{\"type\": \"" + SECRET + "\""));
        assertEquals(List.of("The record's value is not well-formed JSON"),
                check("avrr.case", "{\"a\":1,\"a\":2}"));
        assertEquals(List.of("The record's value is not a JSON object (a CloudEvents envelope)"),
                check("avrr.case", "[\"" + SECRET + "\"]"));
        assertEquals(List.of("The record has no value (a tombstone is not an event)"), check("avrr.case", null));
        List<String> empty = check("avrr.case", "{}");
        for (String attribute : List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype",
                "data")) {
            assertTrue(empty.contains("Event of unknown type: $." + attribute + " is required but missing"),
                    attribute + " in " + empty);
        }
        assertEquals(8, empty.size(), empty.toString());
    }

    /**
     * Every type, field by field: an unknown field is refused; leaving out a field is refused exactly when the record
     * requires it (or the contract, for the sealed part and the two case dates case-service always sets).
     */
    @Test
    void everyTypeRefusesAnUnknownDataFieldAndEachOfItsRequiredFields() {
        int checked = 0;
        for (Samples.Sample sample : Samples.full()) {
            String type = sample.type();
            assertEquals(List.of(type + ": $.data.notes is not in the contract (no other fields are allowed here)"),
                    after(type, e -> data(e).put("notes", SECRET)), type);
            Set<String> required = new TreeSet<>();
            for (RecordComponent c : sample.data().getClass().getRecordComponents()) {
                Method accessor = c.getAccessor();
                if (accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                        || accessor.isAnnotationPresent(NotEmpty.class)) {
                    required.add(c.getName());
                }
            }
            if (sample.personal() != null) {
                required.add("personal");
            }
            if (type.equals("avrr.case.travel-scheduled.v1") || type.equals("avrr.case.departed.v1")) {
                required.add("date");
            }
            List<String> fields = new ArrayList<>();
            event(type).get("data").fieldNames().forEachRemaining(fields::add);
            assertTrue(fields.containsAll(required), type + ": the full sample has every required field");
            for (String field : fields) {
                List<String> violations = after(type, e -> data(e).remove(field));
                assertEquals(required.contains(field) ? List.of(type + ": $.data." + field + " is required but missing")
                        : List.of(), violations, type + " without " + field);
                checked++;
            }
        }
        assertTrue(checked > 150, "fields checked: " + checked);
    }
}
