package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The compose stack's broker, really run: {@code kafka/start-broker.sh} with the kafka container's environment and
 * {@code kafka/setup.sh} with the kafka-setup job's, against the Kafka jars Maven resolves (the local stack's), on
 * free ports of this machine. Then each service, as its own Kafka user, may write its topic and its dead-letter
 * topic and read what it consumes in its group — and nothing else; a client without the password gets nowhere.
 */
class ComposeKafkaTest {

    private static final Path LIBS = Repo.path("deploy/local/target/kafka-libs");
    private static final Map<String, String> PASSWORDS = new TreeMap<>();
    private static Process broker;
    private static Path work;
    private static int port;

    @BeforeAll
    static void startTheBrokerAndRunTheSetupJob() throws Exception {
        assertTrue(Files.isDirectory(LIBS), "the Kafka jars are in " + LIBS + ": package deploy/local first");
        work = Files.createTempDirectory("avrr-compose-kafka");
        port = freePort();
        int internal = freePort();
        int controller = freePort();
        JsonNode compose = Repo.yaml(ComposeTest.COMPOSE).path("services");
        String run = "java -Xmx384m -cp " + LIBS.toAbsolutePath() + "/*";
        String admin = secret();

        Map<String, String> env = new TreeMap<>();
        ComposeTest.environment(compose.path("kafka")).forEach((k, v) -> env.put(k, v
                .replace("127.0.0.1:19092", "127.0.0.1:" + internal)
                .replace("127.0.0.1:9093", "127.0.0.1:" + controller)
                .replace("kafka:9092", "127.0.0.1:" + port)
                .replace("SASL_PLAINTEXT://:9092", "SASL_PLAINTEXT://127.0.0.1:" + port)));
        env.put("KAFKA_LOG_DIRS", work.resolve("data").toString());
        env.put("AVRR_KAFKA_ADMIN_PASSWORD", admin);
        env.put("KAFKA_RUN", run);
        env.put("KAFKA_CONFIG_FILE", work.resolve("server.properties").toString());
        ProcessBuilder pb = new ProcessBuilder("bash", Repo.path("deploy/compose/kafka/start-broker.sh").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("broker.log").toFile());
        pb.environment().putAll(env);
        broker = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!open(port)) {
            assertTrue(broker.isAlive(), "the broker stopped: " + Files.readString(work.resolve("broker.log")));
            assertTrue(System.nanoTime() < deadline, "the broker did not listen within 90 s");
            Thread.sleep(300);
        }

        Map<String, String> setup = ComposeTest.environment(compose.path("kafka-setup"));
        setup.put("BOOTSTRAP", "127.0.0.1:" + port);
        setup.put("KAFKA_ADMIN_PASSWORD", admin);
        setup.put("KAFKA_RUN", run);
        for (ServiceConfig s : ServiceConfig.all()) {
            PASSWORDS.put(s.module(), secret());
            setup.put("PASSWORD_" + s.module().toUpperCase().replace('-', '_'), PASSWORDS.get(s.module()));
        }
        ProcessBuilder job = new ProcessBuilder("bash", Repo.path("deploy/compose/kafka/setup.sh").toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("setup.log").toFile());
        job.environment().putAll(setup);
        Process p = job.start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "setup.sh did not end within 240 s");
        assertEquals(0, p.exitValue(), "setup.sh failed: " + Files.readString(work.resolve("setup.log")));
    }

    @AfterAll
    static void stopTheBroker() throws Exception {
        if (broker != null) {
            broker.destroy();
            if (!broker.waitFor(20, TimeUnit.SECONDS)) {
                broker.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void eachServiceWritesItsOwnTopicAndDeadLettersAndNothingElse() throws Exception {
        for (ServiceConfig s : ServiceConfig.all()) {
            try (KafkaProducer<String, String> producer = producer(s.module(), PASSWORDS.get(s.module()))) {
                for (String topic : s.kafkaWrites()) {
                    producer.send(new ProducerRecord<>(topic, "acl-check", "{}")).get(30, TimeUnit.SECONDS);
                }
            }
            for (String topic : ServiceConfig.expectedTopics()) {
                if (s.kafkaWrites().contains(topic)) {
                    continue;
                }
                // A fresh producer per refusal: an idempotent producer refused once stays in error.
                try (KafkaProducer<String, String> producer = producer(s.module(), PASSWORDS.get(s.module()))) {
                    ExecutionException refused = assertThrows(ExecutionException.class, () -> producer
                            .send(new ProducerRecord<>(topic, "impostor", "{}")).get(30, TimeUnit.SECONDS),
                            s.module() + " must not write " + topic);
                    assertTrue(refused.getCause() instanceof TopicAuthorizationException, refused.toString());
                }
            }
        }
    }

    @Test
    void eachServiceReadsWhatItConsumesInItsGroupAndNothingElse() {
        for (ServiceConfig s : ServiceConfig.all()) {
            String group = s.consumerGroups().iterator().next();
            for (String topic : s.consumedTopics()) {
                try (KafkaConsumer<String, String> consumer = consumer(s.module(), group)) {
                    consumer.assign(List.of(new TopicPartition(topic, 0)));
                    consumer.poll(Duration.ofSeconds(2));
                }
            }
            for (String topic : ServiceConfig.expectedTopics()) {
                if (s.consumedTopics().contains(topic)) {
                    continue;
                }
                try (KafkaConsumer<String, String> consumer = consumer(s.module(), group)) {
                    consumer.assign(List.of(new TopicPartition(topic, 0)));
                    assertThrows(TopicAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)),
                            s.module() + " must not read " + topic);
                }
            }
            String topic = s.consumedTopics().iterator().next();
            try (KafkaConsumer<String, String> consumer = consumer(s.module(), "someone-elses-group")) {
                consumer.assign(List.of(new TopicPartition(topic, 0)));
                assertThrows(GroupAuthorizationException.class, () -> consumer.poll(Duration.ofSeconds(10)),
                        s.module() + " must not use another group");
            }
        }
    }

    @Test
    void aClientWithoutTheRightPasswordOrWithoutSaslGetsNowhere() {
        try (KafkaProducer<String, String> producer = producer("case-service", "not-the-password")) {
            ExecutionException refused = assertThrows(ExecutionException.class, () -> producer
                    .send(new ProducerRecord<>("avrr.case", "forged", "{}")).get(30, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof SaslAuthenticationException, refused.toString());
        }
        Properties plain = base("PLAINTEXT");
        plain.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "4000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(plain, new StringSerializer(),
                new StringSerializer())) {
            // It never gets the topic's metadata: the send fails (a timeout), nothing is written.
            assertThrows(ExecutionException.class, () -> producer.send(new ProducerRecord<>("avrr.case", "forged",
                    "{}")).get(10, TimeUnit.SECONDS), "a plaintext client is not served");
        }
    }

    private static Properties base(String protocol) {
        Properties p = new Properties();
        p.put("bootstrap.servers", "127.0.0.1:" + port);
        p.put("security.protocol", protocol);
        p.put("client.dns.lookup", "use_all_dns_ips");
        return p;
    }

    private static Properties scram(String user, String password) {
        Properties p = base("SASL_PLAINTEXT");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        return p;
    }

    private static KafkaProducer<String, String> producer(String user, String password) {
        Properties p = scram(user, password);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "20000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "25000");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(String user, String group) {
        Properties p = scram(user, PASSWORDS.get(user));
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean open(int p) {
        try (Socket s = new Socket("127.0.0.1", p)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
