package dev.avrr.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The registry of organisations of a test run: a file the service reads ({@code avrr.organisations.file}) and reads
 * again when it changes. Every organisation a test token acts for is registered here first, as an administrator
 * would register a new partner, with the kind its role implies (or one given); a token built with
 * {@code unregistered()} is not, and is refused.
 */
public final class TestOrganisations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path file;
    private static long lastStamp;

    private TestOrganisations() {
    }

    /** The run's registry file, created empty the first time. */
    public static synchronized Path file() {
        if (file == null) {
            try {
                file = Files.createTempFile("avrr-organisations-", ".json");
                file.toFile().deleteOnExit();
                write(new ArrayList<>());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    /** Registers an organisation of the given kind and country, unless it is registered already. */
    public static synchronized void register(String id, String kind, String country) {
        try {
            List<Map<String, String>> all = JSON.readValue(file().toFile(), new TypeReference<>() {
            });
            if (all.stream().anyMatch(o -> id.equals(o.get("id")))) {
                return;
            }
            Map<String, String> organisation = new LinkedHashMap<>();
            organisation.put("id", id);
            organisation.put("kind", kind);
            organisation.put("country", country);
            organisation.put("name", "Test organisation " + id);
            all.add(organisation);
            write(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Registers the organisation of a token with these roles, with the kind the roles and the name imply. */
    static void registerFor(Set<String> roles, String id, String country) {
        String kind = kind(roles, id);
        String home = kind.equals("MISSION") && country != null && country.matches("[A-Z]{2}") ? country
                : id.contains("lansstyrelsen") || id.contains("socialtjansten") ? "SE"
                        : id.contains("helsinki") ? "FI" : kind.equals("MISSION") ? "ZZ" : "NO";
        register(id, kind, home);
    }

    static String kind(Set<String> roles, String id) {
        String name = id.toLowerCase(Locale.ROOT);
        if (roles.contains("mission")) {
            return "MISSION";
        }
        if (roles.contains("udi")) {
            return "UDI";
        }
        if (roles.contains("coordinator")) {
            return "COORDINATOR";
        }
        if (roles.contains("counsellor") || name.contains("mottak")) {
            return "RECEPTION_CENTRE";
        }
        if (roles.contains("partner")) {
            return name.startsWith("politi") || name.startsWith("police") ? "POLICE"
                    : name.startsWith("socialtjansten") || name.startsWith("kommune") ? "MUNICIPALITY" : "NGO";
        }
        return "IOM_OFFICE";
    }

    /** Replaces the file in one move, with a modification time later than any before it. */
    private static void write(List<Map<String, String>> all) throws IOException {
        Path next = Files.createTempFile(file.getParent(), "avrr-organisations-", ".next");
        JSON.writeValue(next.toFile(), all);
        lastStamp = Math.max(System.currentTimeMillis(), lastStamp + 1000);
        Files.setLastModifiedTime(next, FileTime.fromMillis(lastStamp));
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
