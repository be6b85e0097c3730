package dev.avrr.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/system.md} is written by hand; this keeps its picture true to the services' configuration: every
 * consumed topic, dead-letter topic and database of each {@code application.properties} is drawn, and no consumer
 * edge is drawn that the configuration does not have.
 */
class SystemPageTest {

    private static final String PAGE = Pages.read("docs/system.md");
    private static final String DIAGRAM = Pages.allFenced(PAGE, "mermaid");
    private static final Pattern CONSUMER_EDGE = Pattern.compile("(?m)^ {4}(avrr_\\w+) --> (\\w+_service)$");

    @Test
    void theDiagramDrawsExactlyTheConfiguredConsumersDeadLettersAndDatabases() throws IOException {
        Set<String> configured = new TreeSet<>();
        for (String service : OpenApiDocs.SERVICES) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(
                    Pages.ROOT.resolve(service).resolve("src/main/resources/application.properties"),
                    StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String node = id(service);
            int channels = 0;
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic") && !key.contains("dead-letter")) {
                    channels++;
                    String topic = p.getProperty(key);
                    configured.add(id(topic) + " --> " + node);
                    assertTrue(DIAGRAM.contains("        " + id(topic) + "[[" + topic + "]]"), topic + " is a node");
                }
                if (key.endsWith(".dead-letter-queue.topic")) {
                    String dlq = p.getProperty(key);
                    assertTrue(DIAGRAM.contains("    " + node + " -.->|dead letters| " + id(dlq) + "\n"),
                            service + " dead letters to " + dlq);
                    assertTrue(DIAGRAM.contains("        " + id(dlq) + "[[" + dlq + "]]"), dlq + " is a node");
                    assertTrue(PAGE.contains("`" + dlq + "`"), dlq + " in the table");
                }
                if (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                    String topic = p.getProperty(key);
                    assertTrue(DIAGRAM.contains("    " + node + " --> " + id(topic) + "\n"), service + " produces to " + topic);
                }
            }
            assertTrue(channels > 0, service + " consumes something");
            String producesTo = "avrr." + service.replace("-service", "");
            assertTrue(DIAGRAM.contains("    " + node + " --> " + id(producesTo) + "\n"), service + " writes its outbox to "
                    + producesTo);

            Matcher db = Pattern.compile("jdbc:postgresql://[^/]+/(\\w+)").matcher(p.getProperty("quarkus.datasource.jdbc.url"));
            assertTrue(db.find(), service + " has a database");
            assertTrue(DIAGRAM.contains("    " + node + " --- db_" + db.group(1) + "\n"), service + " owns " + db.group(1));
            assertTrue(DIAGRAM.contains("        db_" + db.group(1) + "[(" + db.group(1) + ")]"), db.group(1) + " is a node");
            assertTrue(PAGE.contains("| " + service + " | " + p.getProperty("quarkus.http.port") + " | `" + db.group(1) + "` |"),
                    service + "'s row in the table");
        }
        Set<String> drawn = new TreeSet<>();
        Matcher edge = CONSUMER_EDGE.matcher(DIAGRAM);
        while (edge.find()) {
            drawn.add(edge.group(1) + " --> " + edge.group(2));
        }
        assertEquals(configured, drawn, "the consumer edges are the configured incoming channels");
    }

    private static String id(String name) {
        return name.replace('.', '_').replace('-', '_');
    }
}
