package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** deploy/compose/docker-compose.yml against the services' configuration, the realm and the init scripts. */
class ComposeTest {

    static final String COMPOSE = "deploy/compose/docker-compose.yml";
    static final String ENV_EXAMPLE = "deploy/compose/.env.example";
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?\\-][^}]*)?}");
    private static final Pattern CREATE_DATABASE = Pattern.compile(
            "(?m)^create_database\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(\\S+)\\s+(\\S+))?\\s*$");

    private final JsonNode compose = Repo.yaml(COMPOSE);
    private final JsonNode services = compose.path("services");

    private JsonNode service(String name) {
        JsonNode s = services.path(name);
        assertTrue(s.isObject(), "compose has no service " + name);
        return s;
    }

    /** A service's environment as a map (compose allows a map or a list of NAME=value). */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new TreeMap<>();
        JsonNode e = service.path("environment");
        if (e.isObject()) {
            e.properties().forEach(f -> env.put(f.getKey(), f.getValue().isNull() ? "" : f.getValue().asText()));
        } else if (e.isArray()) {
            e.forEach(item -> {
                String s = item.asText();
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            });
        }
        return env;
    }

    /** The variable a value interpolates, if it is exactly one ${VAR...} and maybe a literal suffix. */
    static String interpolated(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        return value.startsWith("${") && m.find() && m.start() == 0 ? m.group(1) : null;
    }

    static Map<String, String> envExample() {
        Map<String, String> vars = new TreeMap<>();
        for (String line : Repo.read(ENV_EXAMPLE).split("\n")) {
            Matcher m = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$").matcher(line);
            if (m.matches()) {
                assertFalse(vars.containsKey(m.group(1)), ".env.example sets " + m.group(1) + " twice");
                vars.put(m.group(1), m.group(2));
            }
        }
        return vars;
    }

    private static String text(JsonNode node) {
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.asText()));
            return String.join(" ", parts);
        }
        return node.asText();
    }

    @Test
    void theStackHasTheInfrastructureAndEveryService() {
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        Set<String> expected = new TreeSet<>(ServiceConfig.modules());
        expected.addAll(Set.of("postgres", "kafka", "kafka-setup", "keycloak"));
        assertEquals(expected, names);
    }

    @Test
    void everyContainerHasResourceLimits() {
        services.properties().forEach(f -> {
            JsonNode limits = f.getValue().path("deploy").path("resources").path("limits");
            assertTrue(limits.path("memory").asText().matches("\\d+[MG]"), f.getKey() + " limits its memory");
            assertTrue(Double.parseDouble(limits.path("cpus").asText("0")) > 0, f.getKey() + " limits its CPUs");
        });
    }

    @Test
    void everyServiceIsTheSharedImageInTheProdProfileWithAReadinessHealthCheck() {
        for (ServiceConfig s : ServiceConfig.all()) {
            JsonNode svc = service(s.module());
            assertTrue(svc.path("image").asText().startsWith("avrr/" + s.module() + ":"), s.module() + " image");
            JsonNode build = svc.path("build");
            assertEquals("deploy/container/Dockerfile.jvm", build.path("dockerfile").asText());
            assertEquals(s.module(), build.path("args").path("SERVICE").asText());
            Path context = Repo.path("deploy/compose").resolve(build.path("context").asText()).normalize();
            assertEquals(Repo.root(), context, s.module() + " builds from the repository root");

            Map<String, String> env = environment(svc);
            assertEquals("prod", env.get("QUARKUS_PROFILE"), s.module() + " runs in the prod profile");

            String check = text(svc.path("healthcheck").path("test"));
            assertTrue(check.contains("/q/health/ready"), s.module() + " health check: " + check);
            assertTrue(check.contains("/" + s.port()), s.module() + " health check on its port " + s.port());
            assertTrue(svc.path("healthcheck").path("interval").isTextual());

            boolean published = false;
            for (JsonNode p : svc.path("ports")) {
                published |= p.asText().endsWith(":" + s.port());
            }
            assertTrue(published, s.module() + " publishes its port " + s.port());
        }
    }

    @Test
    void everyServiceGetsEveryVariableItsProdConfigurationNeeds() {
        for (ServiceConfig s : ServiceConfig.all()) {
            Map<String, String> env = environment(service(s.module()));
            Set<String> missing = new TreeSet<>(s.requiredEnv());
            missing.removeAll(env.keySet());
            assertTrue(missing.isEmpty(), s.module() + " misses " + missing);
            env.forEach((name, value) -> {
                assertFalse(value.contains("localhost") || value.contains("127.0.0.1"),
                        s.module() + ": " + name + " points at the container itself: " + value);
                if (ServiceConfig.secretVariable(name)) {
                    assertTrue(value.isEmpty() || value.startsWith("${"),
                            s.module() + ": " + name + " must come from .env, not be written here");
                }
            });
            for (String var : s.requiredEnv()) {
                if (ServiceConfig.secretVariable(var)) {
                    assertTrue(env.get(var).contains(":?"), s.module() + ": " + var
                            + " must be required (${VAR:?...}) so a missing .env fails loudly");
                }
            }
        }
    }

    @Test
    void onlyReferralAndCaseHoldThePersonalDataKeyAndEachServiceHasItsOwnAtRestKey() {
        Map<String, String> atRestSource = new HashMap<>();
        for (ServiceConfig s : ServiceConfig.all()) {
            Map<String, String> env = environment(service(s.module()));
            for (String var : s.variablesUnder(ServiceConfig.PERSONAL_DATA_PREFIX)) {
                assertEquals(s.sealsOrOpensPersonalData(), env.containsKey(var),
                        s.module() + (s.sealsOrOpensPersonalData() ? " needs " : " must not hold ") + var);
            }
            String keys = interpolated(env.get("AVRR_AT_REST_KEYS"));
            assertNotNull(keys, s.module() + "'s at-rest keys come from .env");
            String previous = atRestSource.put(keys, s.module());
            assertTrue(previous == null, s.module() + " and " + previous + " share the at-rest key " + keys);
            assertFalse(keys.contains("PERSONAL"), s.module() + " must not protect columns with the events' key");
        }
    }

    @Test
    void eachServiceUsesItsOwnDatabaseAndRoleAsTheInitScriptCreatesThem() {
        JsonNode postgres = service("postgres");
        Map<String, String> pgEnv = environment(postgres);
        String script = Repo.read("deploy/compose/postgres/init-databases.sh");
        Map<String, String[]> created = new TreeMap<>();
        Matcher m = CREATE_DATABASE.matcher(script);
        while (m.find()) {
            created.put(m.group(1), new String[] {m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        boolean mounted = false;
        for (JsonNode v : postgres.path("volumes")) {
            mounted |= v.asText().startsWith("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/");
        }
        assertTrue(mounted, "the init script is mounted into /docker-entrypoint-initdb.d");

        Set<String> expectedDatabases = new TreeSet<>(Set.of("keycloak"));
        Set<String> roles = new HashSet<>();
        for (ServiceConfig s : ServiceConfig.all()) {
            expectedDatabases.add(s.databaseName());
            Map<String, String> env = environment(service(s.module()));
            String url = env.get(s.databaseUrlVariable());
            assertNotNull(url, s.module() + " sets " + s.databaseUrlVariable());
            assertEquals("postgres", ServiceConfig.hostOf(url), s.module() + " connects to the postgres service");
            assertEquals(s.databaseName(), ServiceConfig.databaseOf(url), s.module() + "'s database");
            String[] made = created.get(s.databaseName());
            assertNotNull(made, "the init script creates " + s.databaseName());
            assertNotNull(made[2], "the init script gives " + s.databaseName() + " a runtime role");
            assertEquals(made[0], env.get("AVRR_DB_MIGRATION_USER"), s.module() + " migrates as the owner");
            assertEquals(made[2], env.get("AVRR_DB_USER"), s.module() + " runs as its runtime role, not the owner");
            assertTrue(roles.add(made[0]) && roles.add(made[2]), "roles of one database only: " + made[0]);
            assertEquals("${" + made[1], env.get("AVRR_DB_MIGRATION_PASSWORD").substring(0, made[1].length() + 2),
                    s.module() + "'s migration password is the one the init script gives the owner");
            assertEquals("${" + made[3], env.get("AVRR_DB_PASSWORD").substring(0, made[3].length() + 2),
                    s.module() + "'s password is the one the init script gives its runtime role");
            assertTrue(pgEnv.containsKey(made[1]) && pgEnv.containsKey(made[3]), "the postgres container gets "
                    + made[1] + " and " + made[3]);
        }
        assertEquals(expectedDatabases, created.keySet(), "the init script creates the service databases and Keycloak's");

        Map<String, String> kc = environment(service("keycloak"));
        assertEquals("keycloak", ServiceConfig.databaseOf(kc.get("KC_DB_URL")));
        assertEquals("postgres", ServiceConfig.hostOf(kc.get("KC_DB_URL")));
        assertEquals(created.get("keycloak")[0], kc.get("KC_DB_USERNAME"));
        assertEquals(created.get("keycloak")[1], interpolated(kc.get("KC_DB_PASSWORD")));
    }

    @Test
    void kafkaIsTheProjectsKafkaVersionInKRaftModeWithEveryTopicCreatedBeforeTheServicesStart() {
        JsonNode kafka = service("kafka");
        assertEquals("apache/kafka:" + Repo.rootPomProperty("kafka.version"), kafka.path("image").asText());
        Map<String, String> env = environment(kafka);
        assertEquals(Set.of("broker", "controller"), Set.of(env.get("KAFKA_PROCESS_ROLES").split(",")));
        assertTrue(env.get("CLUSTER_ID").matches("[A-Za-z0-9_-]{22}"), "a base64 UUID cluster id");
        assertTrue(env.keySet().stream().noneMatch(k -> k.contains("ZOOKEEPER")), "no ZooKeeper");
        assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"));
        String advertised = env.get("KAFKA_ADVERTISED_LISTENERS");

        JsonNode topics = service("kafka-setup");
        assertEquals(kafka.path("image").asText(), topics.path("image").asText());
        assertEquals("no", topics.path("restart").asText(), "kafka-setup runs once");
        Map<String, String> tenv = environment(topics);
        Set<String> created = new TreeSet<>();
        created.addAll(List.of(tenv.get("EVENT_TOPICS").trim().split("\\s+")));
        created.addAll(List.of(tenv.get("DLQ_TOPICS").trim().split("\\s+")));
        Set<String> keyTopics = new TreeSet<>(List.of(tenv.get("KEY_TOPICS").trim().split("\\s+")));
        assertEquals(ServiceConfig.keyTopics(), keyTopics, "the key topics, compacted");
        created.addAll(keyTopics);
        assertEquals(ServiceConfig.expectedTopics(), created);
        assertTrue(Integer.parseInt(tenv.get("EVENT_PARTITIONS")) >= 1);
        assertTrue(Integer.parseInt(tenv.get("DLQ_PARTITIONS")) >= 1);
        assertEquals("1", tenv.get("REPLICATION_FACTOR"), "one broker, replication factor 1");
        String script = Repo.read("deploy/compose/kafka/setup.sh");
        for (String var : List.of("EVENT_TOPICS", "EVENT_PARTITIONS", "DLQ_TOPICS", "DLQ_PARTITIONS", "KEY_TOPICS",
                "REPLICATION_FACTOR", "BOOTSTRAP")) {
            assertTrue(script.contains("$" + var) || script.contains("${" + var), "setup.sh reads " + var);
        }
        assertTrue(advertised.contains(tenv.get("BOOTSTRAP")), "topics are created on the advertised listener");
        for (ServiceConfig s : ServiceConfig.all()) {
            assertTrue(advertised.contains(environment(service(s.module())).get("AVRR_KAFKA_BOOTSTRAP")),
                    s.module() + " connects to the advertised listener " + advertised);
        }
    }

    /** A "<user>=<a>,<b> <user>=<c>" list of kafka-setup, by user. */
    static Map<String, Set<String>> perUser(String list) {
        Map<String, Set<String>> byUser = new TreeMap<>();
        for (String entry : list.trim().split("\\s+")) {
            int eq = entry.indexOf('=');
            assertTrue(eq > 0, "an entry is <user>=<a>,<b>: " + entry);
            assertFalse(byUser.containsKey(entry.substring(0, eq)), "one entry per user: " + entry);
            byUser.put(entry.substring(0, eq), new TreeSet<>(List.of(entry.substring(eq + 1).split(","))));
        }
        return byUser;
    }

    @Test
    void theBrokerAuthenticatesEveryClientAndEachServiceIsAUserAllowedOnlyItsOwnTopics() {
        Map<String, String> broker = environment(service("kafka"));
        // Every listener another container reaches authenticates with SCRAM; plaintext only on the loopback.
        Map<String, String> protocols = new TreeMap<>();
        for (String pair : broker.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")) {
            protocols.put(pair.split(":")[0], pair.split(":")[1]);
        }
        for (String listener : broker.get("KAFKA_LISTENERS").split(",")) {
            String name = listener.substring(0, listener.indexOf("://"));
            String host = listener.substring(listener.indexOf("://") + 3, listener.lastIndexOf(':'));
            if (!host.equals("127.0.0.1")) {
                assertEquals("SASL_PLAINTEXT", protocols.get(name), listener + " is reachable from the network");
            }
        }
        assertEquals("SCRAM-SHA-512", broker.get("KAFKA_SASL_ENABLED_MECHANISMS"));
        assertEquals("org.apache.kafka.metadata.authorizer.StandardAuthorizer", broker.get("KAFKA_AUTHORIZER_CLASS_NAME"));
        assertEquals("false", broker.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND"), "what no ACL allows is denied");

        Map<String, String> setup = environment(service("kafka-setup"));
        Map<String, Set<String>> writes = perUser(setup.get("WRITES"));
        Map<String, Set<String>> reads = perUser(setup.get("READS"));
        Map<String, Set<String>> groups = perUser(setup.get("GROUPS"));
        assertEquals(ServiceConfig.modules(), new TreeSet<>(List.of(setup.get("SERVICE_USERS").trim().split("\\s+"))));
        Set<String> passwordVariables = new HashSet<>();
        for (ServiceConfig s : ServiceConfig.all()) {
            assertEquals(s.kafkaWrites(), writes.get(s.module()), s.module() + " writes its topic and dead letters only");
            assertEquals(s.consumedTopics(), reads.get(s.module()), s.module() + " reads what it consumes only");
            assertEquals(s.consumerGroups(), groups.get(s.module()), s.module() + "'s consumer group");
            Map<String, String> env = environment(service(s.module()));
            assertEquals("SASL_PLAINTEXT", env.get("AVRR_KAFKA_SECURITY_PROTOCOL"), s.module());
            assertEquals(s.module(), env.get("AVRR_KAFKA_USER"), s.module() + " is its own Kafka user");
            String password = interpolated(env.get("AVRR_KAFKA_PASSWORD"));
            assertNotNull(password, s.module() + "'s Kafka password comes from .env");
            assertEquals(password, interpolated(setup.get("PASSWORD_" + s.module().toUpperCase().replace('-', '_'))),
                    "kafka-setup gives " + s.module() + " the password it connects with");
            assertTrue(passwordVariables.add(password), "each service has its own Kafka password");
        }
        assertEquals(interpolated(broker.get("AVRR_KAFKA_ADMIN_PASSWORD")), interpolated(setup.get("KAFKA_ADMIN_PASSWORD")));
        assertFalse(passwordVariables.contains(interpolated(setup.get("KAFKA_ADMIN_PASSWORD"))));
    }

    @Test
    void keycloakImportsTheProductionRealm() {
        String mounted = text(service("keycloak").path("volumes"));
        assertTrue(mounted.contains("../keycloak/" + KeycloakRealmTest.PRODUCTION_REALM_FILE + ":"), mounted);
        assertFalse(mounted.contains("../keycloak/avrr-realm.json"), "the demo realm stays out of compose");
    }

    @Test
    void everyDependencyHasAConditionThatTheDependencyCanMeet() {
        for (ServiceConfig s : ServiceConfig.all()) {
            JsonNode deps = service(s.module()).path("depends_on");
            assertEquals("service_healthy", deps.path("postgres").path("condition").asText(), s.module());
            assertEquals("service_healthy", deps.path("keycloak").path("condition").asText(), s.module());
            assertEquals("service_completed_successfully", deps.path("kafka-setup").path("condition").asText(),
                    s.module());
        }
        services.properties().forEach(f -> {
            JsonNode deps = f.getValue().path("depends_on");
            if (deps.isMissingNode()) {
                return;
            }
            assertTrue(deps.isObject(), f.getKey() + ": depends_on with conditions, not a plain list");
            deps.properties().forEach(d -> {
                String condition = d.getValue().path("condition").asText();
                JsonNode target = service(d.getKey());
                if (condition.equals("service_healthy")) {
                    assertTrue(target.path("healthcheck").isObject(), d.getKey() + " has a health check");
                } else if (condition.equals("service_completed_successfully")) {
                    assertEquals("no", target.path("restart").asText(), d.getKey() + " is a one-shot");
                } else {
                    fail(f.getKey() + " depends on " + d.getKey() + " without a health or completion condition");
                }
            });
        });
    }

    @Test
    void tokensFetchedFromTheHostCarryTheIssuerTheServicesVerify() {
        Map<String, String> kc = environment(service("keycloak"));
        String hostnameVar = interpolated(kc.get("KC_HOSTNAME"));
        assertNotNull(hostnameVar, "Keycloak's hostname is set from .env so the issuer is stable");
        String publicUrl = envExample().get(hostnameVar);
        URI publicUri = URI.create(publicUrl);
        assertEquals("https", publicUri.getScheme());
        boolean published = false;
        for (JsonNode p : service("keycloak").path("ports")) {
            published |= p.asText().equals(publicUri.getPort() + ":" + kc.get("KC_HTTPS_PORT"));
        }
        assertTrue(published, "Keycloak's https port is published where its public URL says: " + publicUrl);

        for (ServiceConfig s : ServiceConfig.all()) {
            Map<String, String> env = environment(service(s.module()));
            String issuer = env.get("AVRR_JWT_ISSUER");
            assertEquals(hostnameVar, interpolated(issuer), s.module() + " verifies Keycloak's public issuer");
            assertTrue(issuer.endsWith("}/realms/avrr"), issuer);
            URI jwks = URI.create(env.get("AVRR_JWT_JWKS_URL"));
            assertEquals("https", jwks.getScheme(), "the prod profile accepts only an https JWKS URL");
            assertEquals("keycloak", jwks.getHost(), s.module() + " fetches the JWKS over the compose network");
            assertEquals(Integer.parseInt(kc.get("KC_HTTPS_PORT")), jwks.getPort());
            assertEquals("/realms/avrr/protocol/openid-connect/certs", jwks.getPath());
            String trust = env.get("SMALLRYE_JWT_CLIENT_TLS_CERTIFICATE_PATH");
            assertNotNull(trust, s.module() + " trusts the stack's CA for the JWKS");
            String inContainer = trust.replaceFirst("^file:", "");
            boolean mounted = false;
            for (JsonNode v : service(s.module()).path("volumes")) {
                mounted |= v.asText().equals("./secrets/tls/ca.pem:" + inContainer + ":ro");
            }
            assertTrue(mounted, s.module() + " mounts the CA at " + inContainer);
        }
    }

    @Test
    void keycloakImportsTheRealmOverTlsAndReportsItsHealth() {
        JsonNode kc = service("keycloak");
        assertTrue(kc.path("image").asText().startsWith("quay.io/keycloak/keycloak:"));
        assertTrue(text(kc.path("command")).contains("--import-realm"));
        boolean realm = false;
        for (JsonNode v : kc.path("volumes")) {
            realm |= v.asText().startsWith("../keycloak/" + KeycloakRealmTest.PRODUCTION_REALM_FILE
                    + ":/opt/keycloak/data/import/");
        }
        assertTrue(realm, "the realm file is mounted into Keycloak's import directory");
        Map<String, String> env = environment(kc);
        assertEquals("false", env.get("KC_HTTP_ENABLED"), "the realm is served over https only");
        assertEquals("true", env.get("KC_HEALTH_ENABLED"));
        assertEquals("http", env.get("KC_HTTP_MANAGEMENT_SCHEME"));
        assertTrue(text(kc.path("healthcheck").path("test")).contains("/dev/tcp/127.0.0.1/9000"));
        assertTrue(text(kc.path("healthcheck").path("test")).contains("/health/ready"));
        for (String file : List.of("KC_HTTPS_CERTIFICATE_FILE", "KC_HTTPS_CERTIFICATE_KEY_FILE")) {
            String secret = env.get(file).replaceFirst("^/run/secrets/", "");
            assertTrue(compose.path("secrets").path(secret).path("file").isTextual(), file + " is a compose secret");
            boolean granted = false;
            for (JsonNode s : kc.path("secrets")) {
                granted |= s.asText().equals(secret);
            }
            assertTrue(granted, "keycloak is granted the secret " + secret);
        }
        // every ${VAR} the realm import reads reaches the Keycloak container
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(Repo.read(KeycloakRealmTest.PRODUCTION_REALM));
        Set<String> placeholders = new TreeSet<>();
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        assertFalse(placeholders.isEmpty());
        placeholders.removeAll(env.keySet());
        assertTrue(placeholders.isEmpty(), "the realm reads variables Keycloak does not get: " + placeholders);
    }

    @Test
    void everyInterpolatedVariableIsInTheEnvExampleAndEveryExampleVariableIsUsed() {
        Set<String> used = new TreeSet<>();
        Matcher m = INTERPOLATION.matcher(Repo.read(COMPOSE));
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> defined = envExample().keySet();
        Set<String> undefined = new TreeSet<>(used);
        undefined.removeAll(defined);
        assertTrue(undefined.isEmpty(), "compose reads variables .env.example does not define: " + undefined);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertTrue(unused.isEmpty(), ".env.example defines variables compose never reads: " + unused);
        envExample().forEach((name, value) -> {
            if (ServiceConfig.secretVariable(name) && !name.startsWith("AVRR_WEBHOOK_TRUST_STORE")) {
                assertEquals("change-me", value, name + " is a placeholder in the committed example");
            }
        });
    }
}
