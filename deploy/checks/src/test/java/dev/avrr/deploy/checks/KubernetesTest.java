package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * deploy/kubernetes rendered with {@code kubectl kustomize} (offline), base and production overlay, against the
 * services' configuration and the image the Dockerfile builds.
 */
class KubernetesTest {

    static final String BASE = "deploy/kubernetes/base";
    static final String PRODUCTION = "deploy/kubernetes/overlays/production";

    private static final Map<String, List<JsonNode>> RENDERED = new HashMap<>();

    static synchronized List<JsonNode> render(String dir) {
        return RENDERED.computeIfAbsent(dir, d -> {
            String kubectl = Repo.executable("kubectl", "/usr/bin/kubectl", "/usr/local/bin/kubectl");
            Repo.Result r = Repo.run(120, kubectl, "kustomize", d);
            assertEquals(0, r.exitCode(), "kubectl kustomize " + d + " failed: " + r.stderr());
            List<JsonNode> docs = Repo.yamlDocuments(r.stdout());
            assertFalse(docs.isEmpty(), d + " renders nothing");
            return docs;
        });
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static JsonNode named(List<JsonNode> docs, String kind, String name) {
        return ofKind(docs, kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The services' shared settings, the avrr-config ConfigMap (its name carries kustomize's hash). */
    static JsonNode settings(List<JsonNode> docs) {
        return ofKind(docs, "ConfigMap").stream()
                .filter(c -> c.path("metadata").path("name").asText().startsWith("avrr-config"))
                .findFirst().orElseThrow(() -> new AssertionError("no avrr-config ConfigMap"));
    }

    @Test
    void eachServiceIsAKafkaUserAllowedOnlyItsOwnTopicsOverAnAuthenticatedTlsListener() {
        for (String dir : List.of(BASE, PRODUCTION)) {
            List<JsonNode> docs = render(dir);
            JsonNode data = settings(docs).path("data");
            assertEquals("SASL_SSL", data.path("AVRR_KAFKA_SECURITY_PROTOCOL").asText(), dir);
            assertTrue(data.path("AVRR_KAFKA_BOOTSTRAP").asText().endsWith(":9093"), "Strimzi's tls listener");
            assertEquals(ServiceConfig.modules().size(), ofKind(docs, "KafkaUser").size(), dir + ": a user per service");
            for (ServiceConfig s : ServiceConfig.all()) {
                JsonNode user = named(docs, "KafkaUser", s.module());
                assertEquals("scram-sha-512", user.path("spec").path("authentication").path("type").asText());
                assertEquals("simple", user.path("spec").path("authorization").path("type").asText());
                Set<String> writes = new TreeSet<>();
                Set<String> reads = new TreeSet<>();
                Set<String> groups = new TreeSet<>();
                for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                    JsonNode resource = acl.path("resource");
                    assertEquals("literal", resource.path("patternType").asText(), "no prefix or wildcard ACL");
                    Set<String> ops = new TreeSet<>();
                    acl.path("operations").forEach(o -> ops.add(o.asText()));
                    String name = resource.path("name").asText();
                    switch (resource.path("type").asText()) {
                        case "topic" -> {
                            if (ops.equals(Set.of("Write", "Describe"))) {
                                writes.add(name);
                            } else if (ops.equals(Set.of("Read", "Describe"))) {
                                reads.add(name);
                            } else {
                                throw new AssertionError(s.module() + " has operations " + ops + " on " + name);
                            }
                        }
                        case "group" -> {
                            assertEquals(Set.of("Read"), ops);
                            groups.add(name);
                        }
                        default -> throw new AssertionError(s.module() + " has an ACL on " + resource);
                    }
                }
                assertEquals(s.kafkaWrites(), writes, s.module() + " writes its topic and dead letters only");
                assertEquals(s.consumedTopics(), reads, s.module() + " reads what it consumes only");
                assertEquals(s.consumerGroups(), groups, s.module() + "'s consumer group");

                JsonNode c = container(named(docs, "Deployment", s.module()));
                assertEquals(s.module(), literal(c, "AVRR_KAFKA_USER"), "the Deployment connects as its KafkaUser");
                assertEquals("secret:" + s.module() + "/password", envSources(docs, c).get("AVRR_KAFKA_PASSWORD"),
                        "with the password the User Operator keeps in the KafkaUser's Secret");
            }
        }
    }

    private static JsonNode container(JsonNode deployment) {
        JsonNode containers = deployment.path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), "one container per pod");
        return containers.get(0);
    }

    /** Where each environment variable of a container comes from: "value", "configMap", "secret:<name>/<key>". */
    private static Map<String, String> envSources(List<JsonNode> docs, JsonNode container) {
        Map<String, String> sources = new TreeMap<>();
        for (JsonNode from : container.path("envFrom")) {
            JsonNode cm = from.path("configMapRef");
            if (cm.isObject()) {
                named(docs, "ConfigMap", cm.path("name").asText()).path("data").fieldNames()
                        .forEachRemaining(k -> sources.put(k, "configMap"));
            }
            JsonNode secret = from.path("secretRef");
            if (secret.isObject()) {
                throw new AssertionError("envFrom a whole Secret hides which keys a service needs; use secretKeyRef");
            }
        }
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            if (ref.isObject()) {
                sources.put(name, "secret:" + ref.path("name").asText() + "/" + ref.path("key").asText());
            } else if (e.path("valueFrom").path("configMapKeyRef").isObject()) {
                sources.put(name, "configMap");
            } else {
                sources.put(name, "value");
            }
        }
        return sources;
    }

    private static String literal(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (name.equals(e.path("name").asText()) && e.has("value")) {
                return e.path("value").asText();
            }
        }
        return null;
    }

    @Test
    void baseAndProductionRenderWithoutAnySecretInThem() {
        for (String dir : List.of(BASE, PRODUCTION)) {
            List<JsonNode> docs = render(dir);
            assertTrue(ofKind(docs, "Secret").isEmpty(), dir + " must not carry Secrets");
            assertEquals(ServiceConfig.modules().size(), ofKind(docs, "Deployment").size(), dir);
            assertEquals(ServiceConfig.modules().size(), ofKind(docs, "Service").size(), dir);
        }
        for (JsonNode d : render(PRODUCTION)) {
            assertEquals("avrr", d.path("metadata").path("namespace").asText(),
                    d.path("kind").asText() + " " + d.path("metadata").path("name").asText() + " is in avrr");
        }
    }

    @Test
    void everyDeploymentIsProbedOnItsPortAndRunsTheSharedImageAsNonRoot() {
        int imageUser = ContainerImageTest.imageUserId();
        for (String dir : List.of(BASE, PRODUCTION)) {
            List<JsonNode> docs = render(dir);
            for (ServiceConfig s : ServiceConfig.all()) {
                JsonNode deployment = named(docs, "Deployment", s.module());
                JsonNode c = container(deployment);
                String image = c.path("image").asText();
                assertTrue(image.startsWith("avrr/" + s.module() + ":"), dir + ": " + image);

                Map<String, Integer> ports = new HashMap<>();
                c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
                assertTrue(ports.containsValue(s.port()), s.module() + " listens on " + s.port());
                for (var probe : Map.of("readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live")
                        .entrySet()) {
                    JsonNode get = c.path(probe.getKey()).path("httpGet");
                    assertEquals(probe.getValue(), get.path("path").asText(), s.module() + " " + probe.getKey());
                    JsonNode port = get.path("port");
                    int resolved = port.isInt() ? port.asInt() : ports.getOrDefault(port.asText(), -1);
                    assertEquals(s.port(), resolved, s.module() + " " + probe.getKey() + " port");
                }

                JsonNode resources = c.path("resources");
                for (String kind : List.of("requests", "limits")) {
                    for (String what : List.of("cpu", "memory")) {
                        assertTrue(resources.path(kind).path(what).isValueNode(),
                                dir + ": " + s.module() + " sets " + kind + "." + what);
                    }
                }
                assertTrue(Quantity.bytes(resources.path("limits").path("memory").asText())
                        >= Quantity.bytes(resources.path("requests").path("memory").asText()));

                JsonNode pod = deployment.path("spec").path("template").path("spec");
                assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), s.module());
                assertEquals(imageUser, pod.path("securityContext").path("runAsUser").asInt(),
                        s.module() + " runs as the image's user");
                assertFalse(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true));
                if (c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()) {
                    boolean tmp = false;
                    for (JsonNode m : c.path("volumeMounts")) {
                        tmp |= "/tmp".equals(m.path("mountPath").asText());
                    }
                    assertTrue(tmp, s.module() + ": a read-only root needs a writable /tmp");
                }

                JsonNode svc = named(docs, "Service", s.module());
                JsonNode target = svc.path("spec").path("ports").get(0).path("targetPort");
                assertEquals(s.port(), target.isInt() ? target.asInt() : ports.getOrDefault(target.asText(), -1));
            }
        }
    }

    @Test
    void everyDeploymentGetsWhatItsProdConfigurationNeedsWithSecretsByReferenceOnly() {
        for (String dir : List.of(BASE, PRODUCTION)) {
            List<JsonNode> docs = render(dir);
            Map<String, String> atRestSecrets = new HashMap<>();
            Map<String, String> dbSecrets = new HashMap<>();
            for (ServiceConfig s : ServiceConfig.all()) {
                JsonNode c = container(named(docs, "Deployment", s.module()));
                assertEquals("prod", literal(c, "QUARKUS_PROFILE"), s.module() + " runs in the prod profile");
                Map<String, String> sources = envSources(docs, c);
                Set<String> missing = new TreeSet<>(s.requiredEnv());
                missing.removeAll(sources.keySet());
                assertTrue(missing.isEmpty(), dir + ": " + s.module() + " misses " + missing);
                sources.forEach((name, source) -> {
                    if (ServiceConfig.secretVariable(name)) {
                        assertTrue(source.startsWith("secret:"), s.module() + ": " + name + " must be a secretKeyRef");
                    }
                });
                for (String var : s.variablesUnder(ServiceConfig.PERSONAL_DATA_PREFIX)) {
                    assertEquals(s.sealsOrOpensPersonalData(), sources.containsKey(var),
                            s.module() + (s.sealsOrOpensPersonalData() ? " needs " : " must not hold ") + var);
                }
                String atRest = secretName(sources.get("AVRR_AT_REST_KEYS"));
                assertEquals(atRest, secretName(sources.get("AVRR_AT_REST_KEY_ID")), "key id and keys together");
                String shared = atRestSecrets.put(atRest, s.module());
                assertTrue(shared == null, s.module() + " and " + shared + " share the at-rest key " + atRest);
                if (s.sealsOrOpensPersonalData()) {
                    assertFalse(atRest.equals(secretName(sources.get("AVRR_PERSONAL_KEYS"))),
                            s.module() + ": the at-rest key is not the events' key");
                }
                String db = secretName(sources.get("AVRR_DB_PASSWORD"));
                assertEquals(db, secretName(sources.get("AVRR_DB_USER")), s.module() + ": its database role");
                assertTrue(dbSecrets.put(db, s.module()) == null, "one database secret per service: " + db);
                String owner = secretName(sources.get("AVRR_DB_MIGRATION_PASSWORD"));
                assertEquals(owner, secretName(sources.get("AVRR_DB_MIGRATION_USER")), s.module() + ": its owner");
                assertFalse(owner.equals(db), s.module() + " runs as another role than the one that migrates");
                assertTrue(dbSecrets.put(owner, s.module()) == null, "one owner secret per service: " + owner);
            }
        }
    }

    private static String secretName(String source) {
        assertNotNull(source);
        assertTrue(source.startsWith("secret:"), source);
        return source.substring("secret:".length(), source.indexOf('/'));
    }

    @Test
    void theSettingsPointAtRealHostsAndTheIssuersHttpsJwks() {
        for (String dir : List.of(BASE, PRODUCTION)) {
            List<JsonNode> docs = render(dir);
            JsonNode data = settings(docs).path("data");
            data.properties().forEach(f -> {
                assertFalse(f.getValue().asText().contains("localhost") || f.getValue().asText().contains("127.0.0.1"),
                        dir + ": " + f.getKey() + " points at the pod itself");
                assertFalse(ServiceConfig.secretVariable(f.getKey()), f.getKey() + " is a secret in a ConfigMap");
            });
            URI issuer = URI.create(data.path("AVRR_JWT_ISSUER").asText());
            URI jwks = URI.create(data.path("AVRR_JWT_JWKS_URL").asText());
            assertEquals("https", jwks.getScheme(), "the prod profile takes an https JWKS URL only");
            assertEquals("https", issuer.getScheme());
            assertTrue(issuer.getPath().endsWith("/realms/avrr"), issuer.toString());
            assertEquals(issuer + "/protocol/openid-connect/certs", jwks.toString(), "the issuer's own JWKS");
            for (ServiceConfig s : ServiceConfig.all()) {
                String url = data.path(s.databaseUrlVariable()).asText();
                assertEquals(s.databaseName(), ServiceConfig.databaseOf(url), dir + ": " + s.module() + "'s database");
            }
        }
    }

    @Test
    void productionRunsSeveralReplicasWithADisruptionBudgetAndReleasedImages() {
        List<JsonNode> docs = render(PRODUCTION);
        for (ServiceConfig s : ServiceConfig.all()) {
            JsonNode d = named(docs, "Deployment", s.module());
            assertTrue(d.path("spec").path("replicas").asInt() >= 2, s.module() + " has replicas in production");
            String tag = container(d).path("image").asText().replaceFirst("^[^:]+:", "");
            assertFalse(tag.equals("latest") || tag.contains("SNAPSHOT") || tag.isBlank(),
                    s.module() + " runs a released tag in production, not " + tag);
            JsonNode pdb = named(docs, "PodDisruptionBudget", s.module());
            assertEquals(s.module(), pdb.path("spec").path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText());
            assertEquals(s.module(), d.path("spec").path("selector").path("matchLabels")
                    .path("app.kubernetes.io/name").asText());
        }
    }

    @Test
    void theKafkaTopicsAreTheTopicsTheServicesUseWithPartitionsForEveryReplica() {
        for (String dir : List.of(BASE, PRODUCTION)) {
            List<JsonNode> docs = render(dir);
            List<JsonNode> topics = ofKind(docs, "KafkaTopic");
            Set<String> names = new TreeSet<>();
            Set<String> clusters = new TreeSet<>();
            Map<String, Integer> partitions = new TreeMap<>();
            for (JsonNode t : topics) {
                assertTrue(t.path("apiVersion").asText().startsWith("kafka.strimzi.io/"), t.toString());
                String name = t.path("spec").path("topicName").asText(t.path("metadata").path("name").asText());
                assertTrue(names.add(name), "topic " + name + " declared twice");
                // The key topics keep each subject's latest key until its tombstone; the others delete by age.
                assertEquals(ServiceConfig.keyTopics().contains(name) ? "compact" : "delete",
                        t.path("spec").path("config").path("cleanup.policy").asText(), name + "'s cleanup policy");
                clusters.add(t.path("metadata").path("labels").path("strimzi.io/cluster").asText());
                int p = t.path("spec").path("partitions").asInt();
                int replicas = t.path("spec").path("replicas").asInt();
                assertTrue(p >= 1, name + " states its partitions");
                assertTrue(replicas >= 3, name + " is replicated (3 brokers)");
                int minIsr = Integer.parseInt(t.path("spec").path("config").path("min.insync.replicas").asText("1"));
                assertTrue(minIsr >= 2 && minIsr < replicas, name + ": acks=all survives one broker down");
                partitions.put(name, p);
            }
            assertEquals(ServiceConfig.expectedTopics(), names, dir);
            assertEquals(1, clusters.size(), "one Kafka cluster: " + clusters);
            assertFalse(clusters.iterator().next().isBlank(), "the strimzi.io/cluster label");
            String bootstrap = settings(docs).path("data").path("AVRR_KAFKA_BOOTSTRAP").asText();
            assertTrue(bootstrap.startsWith(clusters.iterator().next() + "-kafka-bootstrap"),
                    "the services connect to that cluster's bootstrap service: " + bootstrap);
            // a consumer's replicas beyond the partition count of its topic would sit idle
            for (ServiceConfig s : ServiceConfig.all()) {
                int replicas = named(docs, "Deployment", s.module()).path("spec").path("replicas").asInt(1);
                for (String topic : s.consumedTopics()) {
                    assertTrue(partitions.get(topic) >= replicas, dir + ": " + topic + " has fewer partitions ("
                            + partitions.get(topic) + ") than " + s.module() + " has replicas (" + replicas + ")");
                }
            }
        }
    }

    @Test
    void everySecretTheManifestsReferenceIsDocumentedWithItsKeys() {
        String docs = Repo.read("docs/deployment.md");
        Map<String, Set<String>> referenced = new TreeMap<>();
        for (JsonNode d : ofKind(render(PRODUCTION), "Deployment")) {
            JsonNode pod = d.path("spec").path("template").path("spec");
            container(d).path("env").forEach(e -> {
                JsonNode ref = e.path("valueFrom").path("secretKeyRef");
                if (ref.isObject()) {
                    referenced.computeIfAbsent(ref.path("name").asText(), k -> new TreeSet<>())
                            .add(ref.path("key").asText());
                }
            });
            pod.path("volumes").forEach(v -> {
                if (v.path("secret").isObject()) {
                    referenced.computeIfAbsent(v.path("secret").path("secretName").asText(), k -> new TreeSet<>());
                }
            });
        }
        assertTrue(referenced.size() >= 9, referenced.toString());
        List<String> undocumented = new ArrayList<>();
        referenced.forEach((secret, keys) -> {
            if (!docs.contains("`" + secret + "`")) {
                undocumented.add(secret);
            }
            keys.forEach(k -> {
                if (!docs.contains("`" + k + "`")) {
                    undocumented.add(secret + "/" + k);
                }
            });
        });
        assertTrue(undocumented.isEmpty(), "docs/deployment.md does not name " + undocumented);
    }

    /** Kubernetes resource quantities (memory) in bytes. */
    static final class Quantity {
        private Quantity() {
        }

        static long bytes(String q) {
            String[][] units = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"k", "1000"},
                {"M", "1000000"}, {"G", "1000000000"}};
            for (String[] u : units) {
                if (q.endsWith(u[0])) {
                    return (long) (Double.parseDouble(q.substring(0, q.length() - u[0].length()))
                            * Long.parseLong(u[1]));
                }
            }
            return Long.parseLong(q);
        }
    }
}
