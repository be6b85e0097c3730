package dev.avrr.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.avrr.vocabulary.Roles;

/**
 * The operations of the OpenAPI documents the services export at build ({@code deploy/contracts/openapi/*.yaml}),
 * with the roles of each: the scopes of its {@code security} requirement, as SmallRye writes them from
 * {@code @RolesAllowed}. Deny by default: an operation without roles, or with a role the platform does not know,
 * refuses the whole read, so the build fails rather than publish a matrix with a hole in it.
 */
public final class OpenApiDocs {

    /** The roles of the {@code groups} claim, in the order the matrix shows them (ARCHITECTURE.md, Security). */
    public static final List<String> ROLES = List.of(Roles.PARTNER, Roles.COUNSELLOR, Roles.COORDINATOR,
            Roles.CASEWORKER, Roles.UDI, Roles.MISSION, Roles.FINANCE, Roles.AUDITOR, Roles.ADMIN, Roles.DPO, Roles.SERVICE);

    /** The services in the order of their ports; a document of another name follows them, by name. */
    public static final List<String> SERVICES = List.of("referral-service", "case-service", "grant-service",
            "monitoring-service");

    /** HTTP methods in the order a path's operations are listed. */
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options", "trace");

    /** One operation: method (upper case), path, summary, and its roles in {@link #ROLES} order. */
    public record Operation(String method, String path, String summary, List<String> roles) {
    }

    /** One service's document: its name (the file name), title, and operations by path, then method. */
    public record ServiceApi(String service, String title, List<Operation> operations) {
    }

    private OpenApiDocs() {
    }

    /** Every {@code *.yaml} of the directory, services in port order. */
    public static List<ServiceApi> readAll(Path directory) {
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted(Comparator
                    .comparing((Path p) -> serviceOrder(serviceName(p))).thenComparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No OpenAPI document (*.yaml) in " + directory
                    + ": build the services first (they export them)");
        }
        return files.stream().map(OpenApiDocs::read).toList();
    }

    public static ServiceApi read(Path yaml) {
        JsonNode doc;
        try {
            doc = new YAMLMapper().readTree(yaml.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + yaml, e);
        }
        String service = serviceName(yaml);
        List<Operation> operations = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        JsonNode defaultSecurity = doc.path("security");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        paths.sort(Comparator.naturalOrder());
        for (String path : paths) {
            JsonNode item = doc.path("paths").path(path);
            for (String method : METHODS) {
                JsonNode op = item.get(method);
                if (op == null) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path;
                JsonNode security = op.has("security") ? op.get("security") : defaultSecurity;
                Set<String> roles = new LinkedHashSet<>();
                boolean anonymousAlternative = false;
                if (security.isArray()) {
                    for (JsonNode requirement : security) {
                        if (requirement.size() == 0) {
                            anonymousAlternative = true;
                        }
                        for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
                            JsonNode scopes = scheme.getValue();
                            if (scopes.size() == 0) {
                                anonymousAlternative = true;
                            }
                            scopes.forEach(s -> roles.add(s.asText()));
                        }
                    }
                }
                if (roles.isEmpty() || anonymousAlternative) {
                    refusals.add(name + " has no roles in its security requirement (deny by default: give it "
                            + "@RolesAllowed)");
                    continue;
                }
                List<String> unknown = roles.stream().filter(r -> !ROLES.contains(r)).toList();
                if (!unknown.isEmpty()) {
                    refusals.add(name + " names roles the platform does not know: " + unknown);
                    continue;
                }
                String summary = op.path("summary").asText("");
                operations.add(new Operation(method.toUpperCase(), path, summary,
                        ROLES.stream().filter(roles::contains).toList()));
            }
        }
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(service + " (" + yaml + "): " + String.join("; ", refusals));
        }
        return new ServiceApi(service, doc.path("info").path("title").asText(service), List.copyOf(operations));
    }

    static String serviceName(Path yaml) {
        String file = yaml.getFileName().toString();
        return file.substring(0, file.length() - ".yaml".length());
    }

    private static int serviceOrder(String service) {
        int i = SERVICES.indexOf(service);
        return i < 0 ? SERVICES.size() : i;
    }
}
