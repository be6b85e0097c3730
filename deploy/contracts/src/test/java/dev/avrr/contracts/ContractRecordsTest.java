package dev.avrr.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import dev.avrr.vocabulary.events.PlainDecimal;

/**
 * The payload schemas are the platform's contract records, field for field: the same names, required exactly where
 * the record requires a value (the services leave out what has none), the same types and formats, the same codes.
 * Where the contract is more precise than the record (a status, a category's kind or code), it matches the
 * service's own enum or rule.
 */
class ContractRecordsTest {

    static final String CONTRACT_PACKAGE = "dev.avrr.vocabulary.events";
    private static final Path CONTRACT_SOURCES = Path.of("vocabulary/src/main/java/dev/avrr/vocabulary/events");
    private static final Pattern TYPE_CONSTANT = Pattern.compile(
            "static\\s+final\\s+String\\s+[A-Z_][A-Z0-9_]*\\s*=\\s*\"avrr\\.");
    private static final Pattern WORDS = Pattern.compile("[A-Z][A-Z0-9_]*(\\|[A-Z][A-Z0-9_]*)*");

    /** Fields the contract has beyond the record's: the sealed personal part, which the platform adds. */
    private static final Map<String, Set<String>> ADDED = Map.of("ReferralAccepted", Set.of("personal"),
            "CaseRegistered", Set.of("personal"), "CaseApproved", Set.of("personal"), "ReturnCompleted",
            Set.of("personal"), "EntitlementAllocated", Set.of("personal"), "ConversionMade", Set.of("personal"),
            "DisbursementApproved", Set.of("personal"), "DisbursementPaid", Set.of("personal"), "PersonRectified",
            Set.of("personal"), "AccessPartAssembled", Set.of("personal"));

    private final Doc doc = Doc.load();

    /** The records of the contract package that carry event types: the payloads of the events. */
    static List<Class<?>> payloadRecords() {
        try (Stream<Path> files = Files.list(Project.root().resolve(CONTRACT_SOURCES))) {
            List<Class<?>> records = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String source = Project.withoutComments(Files.readString(file));
                if (TYPE_CONSTANT.matcher(source).find()) {
                    Class<?> c = Class.forName(CONTRACT_PACKAGE + "." + file.getFileName().toString().replace(".java", ""));
                    assertTrue(c.isRecord(), c + " is a record");
                    records.add(c);
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("A contract source is not on the test classpath: " + e.getMessage(), e);
        }
    }

    @Test
    void everyPayloadRecordIsASchemaOfTheSameShape() {
        List<Class<?>> records = payloadRecords();
        assertEquals(25, records.size(), "the payload records of the contract package: " + records);
        List<String> problems = new ArrayList<>();
        for (Class<?> record : records) {
            compareRecord(record, doc.schema(record.getSimpleName()), record.getSimpleName(), problems);
        }
        assertEquals(List.of(), problems);
    }

    /** The comparison is real: a schema that drifts from its record is reported. */
    @Test
    void aDriftingSchemaIsReported() {
        List<String> problems = new ArrayList<>();
        JsonNode drifted = doc.schema("MonitoringMilestone").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) drifted.path("properties")).remove("at");
        ((com.fasterxml.jackson.databind.node.ArrayNode) drifted.path("required")).removeAll().add("caseId");
        compareRecord(dev.avrr.vocabulary.events.MonitoringMilestone.class, drifted, "MonitoringMilestone",
                problems);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("fields"), problems.toString());
        assertTrue(problems.get(1).contains("required"), problems.toString());
    }

    @Test
    void codesTheContractRefinesAreTheServicesOwn() {
        assertEnum("ReferralStatus", "referral-service/src/main/java/dev/avrr/referral/intake/ReferralStatus.java");
        assertEnum("CaseStatus", "case-service/src/main/java/dev/avrr/cases/casefile/CaseStatus.java");
        assertEnum("ConsentPurpose", "referral-service/src/main/java/dev/avrr/referral/intake/ConsentPurpose.java");
        assertEnum("DecisionOutcome", "case-service/src/main/java/dev/avrr/cases/casefile/records/DecisionOutcome.java");
        assertEnum("DecisionStage", "case-service/src/main/java/dev/avrr/cases/casefile/records/DecisionStage.java");
        assertEnum("Jurisdiction", "case-service/src/main/java/dev/avrr/cases/casefile/Jurisdiction.java");
        assertEnum("Jurisdiction", "referral-service/src/main/java/dev/avrr/referral/intake/Jurisdiction.java");

        assertEquals("ReferralStatus", refinedAs("ReferralRouted", "status"));
        assertEquals("CaseStatus", refinedAs("CaseProgressed", "status"));
    }

    /** Each case event's status is the state its command leads to (case-service's table). */
    @Test
    void eachCaseEventsStatusIsTheStateItsCommandLeadsTo() {
        String lifecycle = Project.code("case-service/src/main/java/dev/avrr/cases/lifecycle/TableDrivenLifecycle.java");
        String table = Project.code("case-service/src/main/java/dev/avrr/cases/lifecycle/CaseTransitions.java");
        Map<String, String> commandOfConstant = pairs(lifecycle,
                "case\\s+(\\w+)\\s*->\\s*events\\.progressed\\(\\s*c\\s*,\\s*CaseProgressed\\.(\\w+)", 2, 1);
        assertEquals(6, commandOfConstant.size(), commandOfConstant.toString());
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        Matcher rows = Pattern.compile("add\\(\\s*t\\s*,\\s*\\w+\\s*,\\s*Command\\.(\\w+)\\s*,\\s*(?:List\\.of\\([^)]*\\)|\\w+)"
                + "\\s*,\\s*(\\w+)\\s*,").matcher(table);
        while (rows.find()) {
            targets.computeIfAbsent(rows.group(1), k -> new TreeSet<>()).add(rows.group(2));
        }
        Map<String, String> types = constantsOf("CaseProgressed");
        commandOfConstant.forEach((constant, command) -> assertEquals(targets.get(command),
                statusesOf(types.get(constant)), types.get(constant) + ": the states " + command + " leads to"));
    }

    /** Each routed referral event's status is the state its command leads to (referral-service's table). */
    @Test
    void eachReferralEventsStatusIsTheStateItsCommandLeadsTo() {
        String service = Project.code("referral-service/src/main/java/dev/avrr/referral/intake/Referrals.java");
        String table = Project.code("referral-service/src/main/java/dev/avrr/referral/intake/ReferralTransitions.java");
        Map<String, String> commandOfConstant = pairs(service, "case\\s+(\\w+)\\s*->\\s*ReferralRouted\\.(\\w+)\\s*;", 2, 1);
        assertEquals(4, commandOfConstant.size(), commandOfConstant.toString());
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        Matcher rows = Pattern.compile("row\\(\\s*Command\\.(\\w+)\\s*,\\s*(\\w+)\\s*,\\s*(\\w+)\\s*,").matcher(table);
        while (rows.find()) {
            targets.computeIfAbsent(rows.group(1), k -> new TreeSet<>()).add(rows.group(3));
        }
        Map<String, String> types = constantsOf("ReferralRouted");
        commandOfConstant.forEach((constant, command) -> assertEquals(targets.get(command),
                statusesOf(types.get(constant)), types.get(constant) + ": the states " + command + " leads to"));
    }

    // --------------------------------------------------------------------------------------------------------

    private void compareRecord(Class<?> record, JsonNode schemaRef, String where, List<String> problems) {
        JsonNode schema = doc.deref(schemaRef);
        if (!"object".equals(schema.path("type").asText()) || schema.path("additionalProperties").asBoolean(true)) {
            problems.add(where + ": the schema is a closed object (type object, additionalProperties false)");
        }
        Set<String> added = ADDED.getOrDefault(record.getSimpleName(), Set.of());
        Set<String> fields = new TreeSet<>(added);
        Set<String> required = new TreeSet<>(added);
        for (RecordComponent c : record.getRecordComponents()) {
            fields.add(c.getName());
            if (has(c, NotNull.class) || has(c, NotBlank.class) || has(c, NotEmpty.class)) {
                required.add(c.getName());
            }
        }
        Set<String> properties = new TreeSet<>(Doc.fields(schema.path("properties")).keySet());
        if (!fields.equals(properties)) {
            problems.add(where + ": fields " + properties + " in the contract, " + fields + " in the record");
        }
        Set<String> contractRequired = new TreeSet<>(Doc.texts(schema.path("required")));
        if (!required.equals(contractRequired)) {
            problems.add(where + ": required " + contractRequired + " in the contract, " + required + " in the record");
        }
        for (RecordComponent c : record.getRecordComponents()) {
            JsonNode property = schema.path("properties").path(c.getName());
            if (!property.isMissingNode()) {
                compareValue(c.getGenericType(), c, property, where + "." + c.getName(), problems);
            }
        }
        for (String a : added) {
            if (!"SealedPersonal".equals(refinedAs(schema, a))) {
                problems.add(where + "." + a + ": the sealed personal part");
            }
        }
    }

    private void compareValue(Type type, RecordComponent c, JsonNode property, String where, List<String> problems) {
        JsonNode s = flatten(property);
        String jsonType = s.path("type").asText();
        if (type == UUID.class) {
            expect(where, problems, "string".equals(jsonType) && "uuid".equals(s.path("format").asText()), "a uuid");
        } else if (type == OffsetDateTime.class) {
            expect(where, problems, "date-time".equals(s.path("format").asText()), "a date-time");
        } else if (type == LocalDate.class) {
            expect(where, problems, "date".equals(s.path("format").asText()), "a date");
        } else if (type == BigDecimal.class) {
            JsonSerialize writer = c == null ? null : c.getAccessor().getAnnotation(JsonSerialize.class);
            expect(where, problems, writer != null && writer.using() == PlainDecimal.class,
                    "written as a plain decimal string by the record (@JsonSerialize(using = PlainDecimal.class))");
            expect(where, problems, "string".equals(jsonType)
                    && doc.schema("Decimal").path("pattern").asText().equals(s.path("pattern").asText()),
                    "a decimal string (Decimal)");
        } else if (type == Integer.class || type == int.class) {
            expect(where, problems, "integer".equals(jsonType), "an integer");
            Min min = c == null ? null : annotation(c, Min.class);
            Max max = c == null ? null : annotation(c, Max.class);
            expect(where, problems, min == null ? !s.has("minimum") : s.path("minimum").asLong() == min.value(),
                    "minimum as the record's @Min");
            expect(where, problems, max == null ? !s.has("maximum") : s.path("maximum").asLong() == max.value(),
                    "maximum as the record's @Max");
        } else if (type == Boolean.class || type == boolean.class) {
            expect(where, problems, "boolean".equals(jsonType), "a boolean");
        } else if (type == String.class) {
            expect(where, problems, "string".equals(jsonType), "a string");
            jakarta.validation.constraints.Pattern pattern = c == null ? null
                    : annotation(c, jakarta.validation.constraints.Pattern.class);
            if (pattern != null && WORDS.matcher(pattern.regexp()).matches()) {
                expect(where, problems, new TreeSet<>(Arrays.asList(pattern.regexp().split("\\|")))
                        .equals(new TreeSet<>(Doc.texts(s.path("enum")))), "the codes " + pattern.regexp());
            } else if (pattern != null) {
                expect(where, problems, ("^" + pattern.regexp() + "$").equals(s.path("pattern").asText()),
                        "the pattern ^" + pattern.regexp() + "$");
            } else if (c != null && has(c, NotBlank.class)) {
                expect(where, problems, s.has("enum") || s.has("pattern"), "never blank");
            }
        } else if (type instanceof Class<?> e && e.isEnum()) {
            List<String> names = Arrays.stream(e.getEnumConstants()).map(x -> ((Enum<?>) x).name()).toList();
            expect(where, problems, names.equals(Doc.texts(s.path("enum"))), "the values of " + e.getSimpleName()
                    + " " + names);
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            expect(where, problems, "array".equals(jsonType), "an array");
            boolean notEmpty = c != null && has(c, NotEmpty.class);
            expect(where, problems, notEmpty == (s.path("minItems").asInt(0) == 1), "minItems 1 exactly when @NotEmpty");
            compareValue(p.getActualTypeArguments()[0], null, s.path("items"), where + "[]", problems);
        } else if (type instanceof Class<?> r && r.isRecord()) {
            String expected = r.getEnclosingClass() == null ? r.getSimpleName()
                    : r.getEnclosingClass().getSimpleName() + r.getSimpleName();
            expect(where, problems, expected.equals(refinedAs(property)), "the schema " + expected);
            compareRecord(r, doc.schema(expected), expected, problems);
        } else {
            problems.add(where + ": the test does not know how " + type + " is written; teach it");
        }
    }

    private static void expect(String where, List<String> problems, boolean ok, String what) {
        if (!ok) {
            problems.add(where + ": should be " + what);
        }
    }

    /** A property's schema with its references and single-part allOf resolved into one view. */
    private JsonNode flatten(JsonNode node) {
        JsonNode n = doc.deref(node);
        while (n.has("allOf") && n.path("allOf").size() == 1 && !n.has("type")) {
            n = doc.deref(n.path("allOf").get(0));
        }
        return n;
    }

    /** The component schema a property refers to (directly, or as the one part of an allOf). */
    private String refinedAs(JsonNode property) {
        if (Doc.refName(property) != null) {
            return Doc.refName(property);
        }
        if (property.path("allOf").size() == 1) {
            return Doc.refName(property.path("allOf").get(0));
        }
        return null;
    }

    private String refinedAs(JsonNode schema, String property) {
        return refinedAs(schema.path("properties").path(property));
    }

    private String refinedAs(String schema, String property) {
        return refinedAs(doc.schema(schema), property);
    }

    private void assertEnum(String schema, String source) {
        String name = Path.of(source).getFileName().toString().replace(".java", "");
        assertEquals(Project.enumConstants(source, name), Doc.texts(doc.schema(schema).path("enum")),
                schema + " is " + source);
    }

    /** The statuses a message's own parts narrow {@code data.status} to. */
    private Set<String> statusesOf(String type) {
        assertFalse(type == null, "a type constant");
        Set<String> values = new TreeSet<>();
        doc.message(type).path("payload").findValues("status").forEach(s -> {
            if (s.has("const")) {
                values.add(s.get("const").asText());
            }
            s.path("enum").forEach(v -> values.add(v.asText()));
        });
        return values;
    }

    /** Constant name → event type, of a contract record. */
    private static Map<String, String> constantsOf(String record) {
        return pairs(Project.code(CONTRACT_SOURCES.resolve(record + ".java").toString()),
                "static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"", 1, 2);
    }

    private static Map<String, String> pairs(String code, String regex, int key, int value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = Pattern.compile(regex).matcher(code);
        while (m.find()) {
            pairs.put(m.group(key), m.group(value));
        }
        return pairs;
    }

    private static boolean has(RecordComponent c, Class<? extends Annotation> type) {
        return annotation(c, type) != null;
    }

    /** A constraint on a record component: it propagates to the accessor and to the component's type. */
    private static <A extends Annotation> A annotation(RecordComponent c, Class<A> type) {
        A onAccessor = c.getAccessor().getAnnotation(type);
        return onAccessor != null ? onAccessor : c.getAnnotatedType().getAnnotation(type);
    }

    static Set<String> names(List<Class<?>> classes) {
        Set<String> names = new LinkedHashSet<>();
        classes.forEach(c -> names.add(c.getSimpleName()));
        return names;
    }
}
