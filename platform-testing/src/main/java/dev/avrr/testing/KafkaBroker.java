package dev.avrr.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

/**
 * A real single-node Apache Kafka broker (KRaft, combined broker and controller) inside the test JVM,
 * started once per JVM and shared by every test class of the run.
 * <p>
 * The broker can be stopped and started again on the same port, which is how tests show that the outbox
 * relay survives a broker outage.
 */
public final class KafkaBroker {

    private static KafkaClusterTestKit cluster;

    private KafkaBroker() {
    }

    /** Starts the broker if it is not running yet and returns its bootstrap servers. */
    public static synchronized String start() {
        if (cluster == null) {
            // A broker that meets a fatal fault (typically while the JVM shuts down around it) would halt the
            // test JVM, which Surefire reports as a crashed fork; in tests it must only be logged.
            Exit.setExitProcedure((code, message) -> System.err.println("In-JVM Kafka asked to exit: " + message));
            Exit.setHaltProcedure((code, message) -> System.err.println("In-JVM Kafka asked to halt: " + message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::close, "kafka-test-broker-shutdown"));
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the in-JVM Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

    public static synchronized String bootstrapServers() {
        return start();
    }

    /** Stops the broker process inside the JVM; the port stays reserved for {@link #restart()}. */
    public static synchronized void stopBroker() {
        var broker = cluster.brokers().values().iterator().next();
        broker.shutdown();
        broker.awaitShutdown();
    }

    /** Starts the broker again on the same port after {@link #stopBroker()}. */
    public static synchronized void restart() {
        try {
            cluster.brokers().values().iterator().next().startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not restart the in-JVM Kafka broker", e);
        }
    }

    /** Client properties (bootstrap servers) for a test's own producer or consumer. */
    public static Map<String, Object> clientProperties() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    private static synchronized void close() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception ignored) {
                // The JVM is exiting; a broker that does not close cleanly leaves only temp files behind.
            }
            cluster = null;
        }
    }
}
