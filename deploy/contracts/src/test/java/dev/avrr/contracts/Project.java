package dev.avrr.contracts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The project's tree as the tests read it: the services' main sources and configuration, from the project's root
 * (the {@code avrr.project.root} system property the build passes, else found upwards from the working directory).
 */
final class Project {

    static final List<String> SERVICES = List.of("referral-service", "case-service", "grant-service",
            "monitoring-service");

    private Project() {
    }

    static Path root() {
        String configured = System.getProperty("avrr.project.root");
        // Outside Maven (an IDE) the property is absent, or left as the unresolved expression.
        Path start = configured != null && !configured.isBlank() && !configured.contains("${") ? Path.of(configured)
                : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("platform")) && Files.isDirectory(p.resolve("referral-service"))) {
                return p;
            }
        }
        throw new IllegalStateException("The project's root (with platform/ and the services) is not above " + start);
    }

    /** The service that produces events of a type: {@code avrr.case.x.v1} → {@code case-service}. */
    static String producerOf(String type) {
        return type.split("\\.")[1] + "-service";
    }

    /** Every main Java source of every module of the project, keyed by its path from the root. */
    static Map<Path, String> mainSources() {
        Path root = root();
        try (Stream<Path> files = Files.walk(root)) {
            Map<Path, String> sources = new LinkedHashMap<>();
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("(?:[^/]+/)+src/main/java/.*"))
                    .filter(p -> !root.relativize(p).toString().contains("/target/")
                            && !root.relativize(p).toString().contains("node_modules"))
                    .sorted()
                    .forEach(p -> sources.put(root.relativize(p), read(p)));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main sources of one module (a service, or {@code platform}). */
    static Map<Path, String> mainSources(String module) {
        return mainSources().entrySet().stream().filter(e -> e.getKey().startsWith(module + "/src/main/java"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** One main source file, without its comments. */
    static String code(String relativePath) {
        return withoutComments(read(root().resolve(relativePath)));
    }

    /** The source without its comments; string and character literals (text blocks too) are kept as they are. */
    static String withoutComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                out.append(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(n, j + 1);
                out.append(source, i, j);
                i = j;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
                out.append(' ');
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A service's application.properties (only its own keys, not the platform's defaults). */
    static Properties applicationProperties(String service) {
        return properties(root().resolve(service + "/src/main/resources/application.properties"));
    }

    /** The platform's configuration defaults every service inherits (ordinal 150, below a service's own). */
    static Properties platformDefaults() {
        return properties(root().resolve("platform/src/main/resources/META-INF/microprofile-config.properties"));
    }

    /** The effective value of a key for a service: its own, else the platform's default (no profiles). */
    static Map<String, String> configuration(String service, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        Properties defaults = platformDefaults();
        Properties own = applicationProperties(service);
        for (Properties p : List.of(defaults, own)) {
            p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                    .forEach(k -> values.put(k, p.getProperty(k).trim()));
        }
        return values;
    }

    /** The constants of a Java enum, read from its source. */
    static List<String> enumConstants(String relativePath, String enumName) {
        String code = code(relativePath);
        Matcher m = Pattern.compile("enum\\s+" + enumName + "\\s*\\{([^;}]*)").matcher(code);
        if (!m.find()) {
            throw new IllegalStateException("No enum " + enumName + " in " + relativePath);
        }
        List<String> constants = new ArrayList<>();
        // Constants may take arguments: drop them, keep the names.
        String body = m.group(1).replaceAll("\\([^)]*\\)", "");
        Arrays.stream(body.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(constants::add);
        return constants;
    }

    /** The incoming channels of a service's configuration: channel name → its properties (without the prefix). */
    static Map<String, Map<String, String>> incomingChannels(String service) {
        Map<String, Map<String, String>> channels = new LinkedHashMap<>();
        Properties own = applicationProperties(service);
        Pattern key = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");
        own.stringPropertyNames().stream().sorted().forEach(k -> {
            Matcher m = key.matcher(k);
            if (m.matches()) {
                channels.computeIfAbsent(m.group(1), c -> new LinkedHashMap<>()).put(m.group(2),
                        own.getProperty(k).trim());
            }
        });
        return channels;
    }

    static Set<String> outgoingChannelKeys(String service) {
        return applicationProperties(service).stringPropertyNames().stream()
                .filter(k -> k.startsWith("mp.messaging.outgoing.")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
