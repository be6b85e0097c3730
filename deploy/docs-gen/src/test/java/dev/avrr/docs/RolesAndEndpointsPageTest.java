package dev.avrr.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The role × endpoint page holds every operation of every OpenAPI document with exactly its roles, read here
 * straight from the YAML (not through the generator), and the generator refuses an operation without roles.
 */
class RolesAndEndpointsPageTest {

    private static final Path OPENAPI = Pages.ROOT.resolve(ProjectRoot.OPENAPI_DIR);

    @Test
    void everyOperationOfEveryDocumentIsOneRowMarkingExactlyItsRoles() throws IOException {
        String page = Pages.read(RolesAndEndpointsPage.FILE);
        List<Path> docs;
        try (Stream<Path> files = Files.list(OPENAPI)) {
            docs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(4, docs.size(), "the four services' documents");
        int total = 0;
        for (Path doc : docs) {
            String service = doc.getFileName().toString().replace(".yaml", "");
            List<List<String>> rows = Pages.tableRows(Pages.section(page, "## " + service));
            JsonNode paths = new YAMLMapper().readTree(doc.toFile()).path("paths");
            int operations = 0;
            for (Map.Entry<String, JsonNode> path : paths.properties()) {
                for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                    if (!OpenApiDocs.METHODS.contains(op.getKey())) {
                        continue;
                    }
                    operations++;
                    List<String> roles = new ArrayList<>();
                    op.getValue().path("security").forEach(req -> req.properties()
                            .forEach(s -> s.getValue().forEach(r -> roles.add(r.asText()))));
                    String method = op.getKey().toUpperCase();
                    String code = "`" + path.getKey() + "`";
                    List<List<String>> found = rows.stream()
                            .filter(r -> r.get(0).equals(method) && r.get(1).equals(code)).toList();
                    assertEquals(1, found.size(), service + ": one row for " + method + " " + path.getKey());
                    List<String> row = found.get(0);
                    for (int i = 0; i < OpenApiDocs.ROLES.size(); i++) {
                        String role = OpenApiDocs.ROLES.get(i);
                        assertEquals(roles.contains(role) ? RolesAndEndpointsPage.MARK : "", row.get(3 + i),
                                service + " " + method + " " + path.getKey() + ", role " + role);
                    }
                    assertEquals(Markdown.cell(op.getValue().path("summary").asText()), row.get(2),
                            "summary of " + method + " " + path.getKey());
                }
            }
            assertTrue(operations > 0, service + " has operations");
            assertEquals(operations + 1, rows.size(), service + ": the header and one row per operation, no other");
            total += operations;
        }
        assertTrue(page.contains("| operations |"), "the totals row");
        assertTrue(total >= 100, "all four documents read: " + total);
    }

    @Test
    void thePageOnDiskIsWhatTheGeneratorWritesAndTheSameEveryTime() {
        List<OpenApiDocs.ServiceApi> apis = OpenApiDocs.readAll(OPENAPI);
        String once = RolesAndEndpointsPage.render(apis);
        assertEquals(once, RolesAndEndpointsPage.render(OpenApiDocs.readAll(OPENAPI)));
        assertEquals(once, Pages.read(RolesAndEndpointsPage.FILE), "run ./mvnw -pl deploy/docs-gen package");
    }

    @Test
    void anOperationWithoutRolesFailsTheBuild(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("probe-service.yaml");
        Files.writeString(doc, """
                openapi: 3.1.0
                info: { title: probe }
                paths:
                  /api/v1/things:
                    get:
                      summary: With a role
                      security:
                      - SecurityScheme: [partner]
                    post:
                      summary: Without security at all
                  /api/v1/things/{id}:
                    delete:
                      summary: With an empty scope list
                      security:
                      - SecurityScheme: []
                    put:
                      summary: With an anonymous alternative
                      security:
                      - SecurityScheme: [partner]
                      - {}
                """);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiDocs.read(doc));
        assertTrue(refused.getMessage().contains("POST /api/v1/things has no roles"), refused.getMessage());
        assertTrue(refused.getMessage().contains("DELETE /api/v1/things/{id} has no roles"), refused.getMessage());
        assertTrue(refused.getMessage().contains("PUT /api/v1/things/{id} has no roles"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("GET /api/v1/things "), refused.getMessage());
    }

    @Test
    void aRoleThePlatformDoesNotKnowFailsTheBuild(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("probe-service.yaml");
        Files.writeString(doc, """
                openapi: 3.1.0
                paths:
                  /api/v1/things:
                    get:
                      security:
                      - SecurityScheme: [partner, casewroker]
                """);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> OpenApiDocs.read(doc));
        assertTrue(refused.getMessage().contains("[casewroker]"), refused.getMessage());
    }

    @Test
    void aDocumentLevelRequirementCountsForOperationsWithoutTheirOwn(@TempDir Path dir) throws IOException {
        Path doc = dir.resolve("probe-service.yaml");
        Files.writeString(doc, """
                openapi: 3.1.0
                security:
                - SecurityScheme: [auditor]
                paths:
                  /api/v1/things:
                    get:
                      summary: Inherits
                """);
        assertEquals(List.of("auditor"), OpenApiDocs.read(doc).operations().get(0).roles());
    }
}
