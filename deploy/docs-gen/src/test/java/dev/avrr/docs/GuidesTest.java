package dev.avrr.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.avrr.platform.webhooks.WebhookSignature;

/**
 * The hand-written guides name only operations that exist, and the partner guide's signature check accepts what
 * referral-service really signs (the platform's {@link WebhookSignature}), before and after a rotation, and nothing else.
 */
class GuidesTest {

    private static final Pattern OPERATION = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) (/api/v1/[^\\s`?)\"',]*)");
    private static final Pattern PATH = Pattern.compile("/api/v1/[^\\s`?)\"',]*");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final Set<String> OPERATIONS = OpenApiDocs.readAll(Pages.ROOT.resolve(ProjectRoot.OPENAPI_DIR)).stream()
            .flatMap(a -> a.operations().stream()).map(o -> o.method() + " " + template(o.path()))
            .collect(Collectors.toCollection(TreeSet::new));

    @ParameterizedTest
    @ValueSource(strings = { "docs/partner-guide.md", "docs/swedish-integration.md", "docs/system.md" })
    void everyOperationAGuideNamesExists(String guide) {
        String text = Pages.read(guide);
        Matcher m = OPERATION.matcher(text);
        int named = 0;
        while (m.find()) {
            named++;
            String op = m.group(1) + " " + template(m.group(2));
            assertTrue(OPERATIONS.contains(op), guide + " names " + m.group() + ", which no OpenAPI document has");
        }
        Set<String> paths = OPERATIONS.stream().map(o -> o.substring(o.indexOf(' ') + 1)).collect(Collectors.toSet());
        Matcher p = PATH.matcher(text);
        while (p.find()) {
            if (p.group().equals("/api/v1/")) {
                continue; // the prefix itself, in prose
            }
            assertTrue(paths.contains(template(p.group())), guide + " names the path " + p.group() + ", which no "
                    + "OpenAPI document has");
        }
        assertTrue(guide.endsWith("system.md") || named > 10, guide + " names its operations");
    }

    @Test
    void thePartnerGuidesJavaVerifierAcceptsWhatReferralServiceSignsAndNothingElse(@TempDir Path dir) throws Exception {
        Method verify = compiledVerifier(dir);
        String oldSecret = WebhookSignature.newSecret();
        String newSecret = WebhookSignature.newSecret();
        assertTrue(newSecret.startsWith("whsec_"), "the guide says secrets start with whsec_");
        String body = "{\"deliveryId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\",\"referralId\":"
                + "\"5f0c2a8e-3b7d-4c1e-9a55-0d8e4f6b7a21\",\"entry\":{\"kind\":\"MILESTONE\",\"code\":\"TRAVEL_BOOKED\","
                + "\"label\":\"Förberedelser inför och under hemresan\",\"at\":\"2026-04-01T10:00:00Z\"}}";
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String sent = Long.toString(now);

        String single = header(oldSecret, null, now, body);
        assertTrue(single.matches("sha256=[0-9a-f]{64}"), single);
        assertEquals(true, verify.invoke(null, raw, sent, single, List.of(oldSecret)));
        assertEquals(false, verify.invoke(null, raw, sent, single, List.of(newSecret)));

        String rotated = header(newSecret, oldSecret, now, body);
        assertTrue(rotated.matches("sha256=[0-9a-f]{64},sha256=[0-9a-f]{64}"), rotated);
        assertEquals(true, verify.invoke(null, raw, sent, rotated, List.of(oldSecret)),
                "a receiver still on the old secret");
        assertEquals(true, verify.invoke(null, raw, sent, rotated, List.of(newSecret)), "a receiver on the new secret");
        assertEquals(false, verify.invoke(null, raw, sent, rotated, List.of(WebhookSignature.newSecret())));

        byte[] tampered = body.replace("TRAVEL_BOOKED", "CASE_CLOSED").getBytes(StandardCharsets.UTF_8);
        assertEquals(false, verify.invoke(null, tampered, sent, single, List.of(oldSecret)));
        assertEquals(false, verify.invoke(null, raw, sent, null, List.of(oldSecret)));
        assertEquals(false, verify.invoke(null, raw, null, single, List.of(oldSecret)));
        assertFalse((Boolean) verify.invoke(null, raw, sent, "sha256=" + "0".repeat(64), List.of(oldSecret)));

        // A delivery recorded and replayed later: its own timestamp is stale, and moved to now it does not verify.
        long tenMinutesAgo = now - 600;
        String recorded = header(oldSecret, null, tenMinutesAgo, body);
        assertEquals(false, verify.invoke(null, raw, Long.toString(tenMinutesAgo), recorded, List.of(oldSecret)),
                "a replay ten minutes later");
        assertEquals(false, verify.invoke(null, raw, sent, recorded, List.of(oldSecret)),
                "a replay with a fresh timestamp");
        long withinTolerance = now - WebhookSignature.TOLERANCE.toSeconds() + 30;
        assertEquals(true, verify.invoke(null, raw, Long.toString(withinTolerance),
                header(oldSecret, null, withinTolerance, body), List.of(oldSecret)), "a delivery sent a while ago");
    }

    /** The header exactly as the dispatcher builds it (package-private in referral-service). */
    private static String header(String secret, String previous, long timestamp, String body) throws Exception {
        Method header = WebhookSignature.class.getDeclaredMethod("header", String.class, String.class, long.class,
                String.class);
        header.setAccessible(true);
        return (String) header.invoke(null, secret, previous, timestamp, body);
    }

    private static Method compiledVerifier(Path dir) throws Exception {
        String source = Pages.fenced(Pages.read("docs/partner-guide.md"), "java");
        assertTrue(source.contains("public final class AvrrWebhookSignature"), "the guide's Java example");
        Path file = dir.resolve("AvrrWebhookSignature.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        assertEquals(0, javac.run(null, null, null, "-d", dir.toString(), file.toString()), "the example compiles");
        // Left open: the method is called after this returns; the loader holds one class from a temporary directory.
        URLClassLoader loader = new URLClassLoader(new URL[] { dir.toUri().toURL() }, null);
        return loader.loadClass("AvrrWebhookSignature").getMethod("verify", byte[].class, String.class, String.class,
                List.class);
    }

    /** A path with every parameter, id or placeholder as {@code {}}: {@code /referrals/{id}} = {@code /referrals/$ID}. */
    private static String template(String path) {
        String p = UUID.matcher(path).replaceAll("{}");
        return p.replaceAll("\\{[^}/]*}|\\$[A-Za-z_]+|\\$\\{[^}]+}|<[^>/]+>", "{}").replaceAll("[.:]+$", "");
    }
}
