package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each service's configuration asks of a deployment in the {@code prod} profile, read from the sources
 * rather than kept by hand: the service's {@code application.properties} over the platform's
 * {@code META-INF/microprofile-config.properties}, the {@code @ConfigMapping} interfaces (an {@code Optional}
 * property may stay unset), and the code (who seals or opens the personal part of events, who protects columns
 * at rest).
 */
record ServiceConfig(
        /** The Maven module, also the image, Deployment, compose service and Keycloak client name. */
        String module,
        int port,
        /** The effective prod configuration: key to raw value (with its ${...} references). */
        Map<String, String> properties,
        /** Environment variables a prod deployment must set. */
        Set<String> requiredEnv,
        /** The environment variable of the JDBC URL, and the database its default names. */
        String databaseUrlVariable,
        String databaseName,
        Set<String> consumedTopics,
        Set<String> deadLetterTopics,
        boolean sealsOrOpensPersonalData,
        boolean protectsColumnsAtRest) {

    static final String PLATFORM_CONFIG = "platform/src/main/resources/META-INF/microprofile-config.properties";
    /** The platform's keys of the personal part of events ({@code CryptoConfig}). */
    static final String PERSONAL_DATA_PREFIX = "avrr.crypto.";
    /** The platform's keys of columns protected at rest ({@code AtRestConfig}). */
    static final String AT_REST_PREFIX = "avrr.at-rest.";

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern EXTENDS = Pattern.compile("interface\\s+\\w+\\s+extends\\s+(\\w+)");
    private static final Pattern OPTIONAL_METHOD = Pattern.compile("Optional<[^>]+>\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern PERSONAL_USE = Pattern.compile("\\.(createWithPersonal|personal|caseSpecifics)\\(");
    private static final Pattern AT_REST_USE = Pattern.compile("\\b(ProtectedString|ProtectedJson)\\b");

    private static List<ServiceConfig> all;

    /** Every service: a module of the root pom with {@code src/main/resources/application.properties}. */
    static synchronized List<ServiceConfig> all() {
        if (all == null) {
            List<ServiceConfig> services = new ArrayList<>();
            for (String module : Repo.rootPomModules()) {
                if (Files.isRegularFile(Repo.path(module).resolve("src/main/resources/application.properties"))) {
                    services.add(load(module));
                }
            }
            assertTrue(services.size() >= 4, "expected the four services, found " + services);
            all = List.copyOf(services);
        }
        return all;
    }

    static ServiceConfig of(String module) {
        return all().stream().filter(s -> s.module.equals(module)).findFirst()
                .orElseThrow(() -> new AssertionError("no service " + module));
    }

    static Set<String> modules() {
        return all().stream().map(ServiceConfig::module).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every topic a deployment must create: the producers' topics, what is consumed, the dead-letter topics. */
    static Set<String> expectedTopics() {
        Set<String> topics = new TreeSet<>(producedTopics());
        for (ServiceConfig s : all()) {
            topics.addAll(s.consumedTopics);
            topics.addAll(s.deadLetterTopics);
        }
        return topics;
    }

    /** The producers' topics: the platform's {@code EventTypes} constants, one per producing service. */
    static Set<String> producedTopics() {
        Set<String> topics = new TreeSet<>();
        for (var field : dev.avrr.platform.events.EventTypes.class.getFields()) {
            if (field.getName().endsWith("_TOPIC") && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(topics.size() >= 4, "EventTypes declares the producers' topics");
        return topics;
    }

    /** The one topic this service writes its events to, {@code avrr.<service>} (the platform's EventTypes). */
    String producedTopic() {
        String topic = "avrr." + module.replaceFirst("-service$", "");
        assertTrue(producedTopics().contains(topic), module + " produces " + topic + ", one of EventTypes' topics");
        return topic;
    }

    /** The compacted topic of its event keys, {@code avrr.<service>.keys} (the platform's EventTypes). */
    String keyTopic() {
        return dev.avrr.platform.events.EventTypes.keyTopicOf(module.replaceFirst("-service$", ""));
    }

    /** The key topics of every producer: compacted, not deleted by age. */
    static Set<String> keyTopics() {
        Set<String> topics = new TreeSet<>();
        dev.avrr.platform.events.EventTypes.producers().forEach(p -> topics.add(
                dev.avrr.platform.events.EventTypes.keyTopicOf(p)));
        return topics;
    }

    /** The consumer groups of its incoming channels, and the group that reads the key topics. */
    Set<String> consumerGroups() {
        Set<String> groups = new TreeSet<>();
        groups.add(module + "-keys");
        properties.forEach((key, value) -> {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                groups.add(value.trim());
            }
        });
        return groups;
    }

    /** What its Kafka user must be allowed to write: its own topic, its key topic and its dead letters, nothing else. */
    Set<String> kafkaWrites() {
        Set<String> writes = new TreeSet<>(deadLetterTopics);
        writes.add(producedTopic());
        writes.add(keyTopic());
        return writes;
    }

    /** The environment variables referenced by properties under a prefix (e.g. the personal-data keys). */
    Set<String> variablesUnder(String prefix) {
        Set<String> vars = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                references(value).keySet().stream().filter(v -> ENV_NAME.matcher(v).matches()).forEach(vars::add);
            }
        });
        return vars;
    }

    /** The value of a property's default (the part after ':' in ${VAR:default}), or the plain value. */
    Optional<String> defaultOf(String key) {
        String value = properties.get(key);
        if (value == null) {
            return Optional.empty();
        }
        Map<String, Optional<String>> refs = references(value);
        if (refs.isEmpty()) {
            return Optional.of(value);
        }
        return refs.values().iterator().next();
    }

    private static ServiceConfig load(String module) {
        Path dir = Repo.path(module);
        Properties platform = properties(Repo.read(PLATFORM_CONFIG));
        Properties service = properties(Repo.read(dir.resolve("src/main/resources/application.properties")));
        Map<String, String> effective = prodView(platform, service);

        Set<String> optionalProperties = new TreeSet<>();
        optionalProperties.addAll(optionalMappingProperties(Repo.path("platform/src/main/java")));
        optionalProperties.addAll(optionalMappingProperties(dir.resolve("src/main/java")));

        String code = javaSources(dir.resolve("src/main/java"));
        boolean personal = PERSONAL_USE.matcher(code).find();
        boolean atRest = AT_REST_USE.matcher(code).find();

        Set<String> required = new TreeSet<>();
        effective.forEach((key, value) -> {
            boolean keyProperty = key.startsWith(PERSONAL_DATA_PREFIX) || key.startsWith(AT_REST_PREFIX);
            if (keyProperty || optionalProperties.contains(key)) {
                return;
            }
            references(value).forEach((var, def) -> {
                if (ENV_NAME.matcher(var).matches() && !usable(def)) {
                    required.add(var);
                }
            });
        });
        ServiceConfig partial = new ServiceConfig(module, 0, effective, Set.of(), null, null, Set.of(), Set.of(),
                personal, atRest);
        if (personal) {
            required.addAll(partial.variablesUnder(PERSONAL_DATA_PREFIX));
        }
        if (atRest) {
            required.addAll(partial.variablesUnder(AT_REST_PREFIX));
        }

        String port = effective.get("quarkus.http.port");
        assertNotNull(port, module + " sets quarkus.http.port");
        String jdbc = effective.get("quarkus.datasource.jdbc.url");
        assertNotNull(jdbc, module + " sets quarkus.datasource.jdbc.url");
        Map<String, Optional<String>> jdbcRefs = references(jdbc);
        assertTrue(jdbcRefs.size() == 1, module + "'s JDBC URL is one ${VAR:default}");
        String urlVariable = jdbcRefs.keySet().iterator().next();
        String defaultUrl = jdbcRefs.get(urlVariable).orElseThrow(() -> new AssertionError(module
                + "'s JDBC URL has a default naming its database"));

        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        effective.forEach((key, value) -> {
            if (key.startsWith("mp.messaging.") && key.endsWith(".dead-letter-queue.topic")) {
                deadLetters.add(value.trim());
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                consumed.add(value.trim());
            }
        });
        // Every service reads the other producers' key topics (the platform's KeyTopics).
        String own = module.replaceFirst("-service$", "");
        dev.avrr.platform.events.EventTypes.producers().stream().filter(p -> !p.equals(own))
                .map(dev.avrr.platform.events.EventTypes::keyTopicOf).forEach(consumed::add);
        return new ServiceConfig(module, Integer.parseInt(port.trim()), effective, required, urlVariable,
                databaseOf(defaultUrl), consumed, deadLetters, personal, atRest);
    }

    /** A default a deployment can live with: present, not blank, not "unset", not this machine. */
    static boolean usable(Optional<String> def) {
        if (def.isEmpty()) {
            return false;
        }
        String d = def.get().trim();
        return !d.isEmpty() && !d.equals("unset") && !d.contains("localhost") && !d.contains("127.0.0.1");
    }

    static String databaseOf(String jdbcUrl) {
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), "a PostgreSQL JDBC URL: " + jdbcUrl);
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    static String hostOf(String jdbcUrl) {
        return URI.create(jdbcUrl.substring("jdbc:".length())).getHost();
    }

    /** ${VAR} and ${VAR:default} references of a value, in order. */
    static Map<String, Optional<String>> references(String value) {
        Map<String, Optional<String>> refs = new LinkedHashMap<>();
        Matcher m = REFERENCE.matcher(value);
        while (m.find()) {
            refs.put(m.group(1), Optional.ofNullable(m.group(2)));
        }
        return refs;
    }

    /**
     * The prod profile's view: a {@code %prod.} key wins over the plain key in any source, and the service's
     * file (ordinal 250) over the platform's (150); other profiles' keys do not apply.
     */
    private static Map<String, String> prodView(Properties platform, Properties service) {
        Map<String, String> plain = new TreeMap<>();
        Map<String, String> prod = new TreeMap<>();
        for (Properties source : List.of(platform, service)) {
            for (String key : source.stringPropertyNames()) {
                String value = source.getProperty(key);
                if (key.startsWith("%prod.")) {
                    prod.put(key.substring("%prod.".length()), value);
                } else if (!key.startsWith("%") && !key.equals("config_ordinal")) {
                    plain.put(key, value);
                }
            }
        }
        plain.putAll(prod);
        return plain;
    }

    /** Properties bound to an {@code Optional} in a {@code @ConfigMapping}: they may stay unset. */
    static Set<String> optionalMappingProperties(Path sources) {
        Set<String> optional = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher mapping = CONFIG_MAPPING.matcher(text);
                if (!mapping.find()) {
                    continue;
                }
                // A mapping that extends a platform interface (WebhookSending) has that interface's properties too.
                Matcher parent = EXTENDS.matcher(text);
                String inherited = parent.find() ? platformInterface(parent.group(1)) : "";
                Matcher method = OPTIONAL_METHOD.matcher(text + "\n" + inherited);
                while (method.find()) {
                    optional.add(mapping.group(1) + "." + kebab(method.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return optional;
    }

    /** The source of a platform interface a mapping extends, or empty when there is none of that name. */
    private static String platformInterface(String simpleName) {
        try (Stream<Path> files = Files.walk(Repo.path("platform/src/main/java"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(simpleName + ".java")).toList()) {
                return Files.readString(f);
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String javaSources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A secret by its name: passwords, key lists and client secrets never appear as plain values. */
    static boolean secretVariable(String name) {
        return name.contains("PASSWORD") || name.endsWith("_KEYS") || name.contains("SECRET");
    }
}
