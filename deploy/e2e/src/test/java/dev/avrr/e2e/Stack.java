package dev.avrr.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

import dev.avrr.testing.HttpsReceiver;

/**
 * The whole stack as separate processes, started the way an operator starts it: {@code deploy/local/avrr up}
 * (PostgreSQL databases, a single-node KRaft Kafka broker from the Apache jars, the four packaged services,
 * health-checked), on its own ports, database names and directory so that a developer's local stack may run beside
 * it. Started once per test run, wiped before, stopped after.
 */
public final class Stack implements BeforeAllCallback, TestInstancePreConstructCallback, AutoCloseable {

    /** Ports and names of the end-to-end stack; the local stack's defaults are 8080 and 19092. */
    static final int PORT_BASE = Integer.getInteger("avrr.e2e.port-base", 28080);
    static final int KAFKA_PORT = Integer.getInteger("avrr.e2e.kafka-port", 29092);
    static final String DB_PREFIX = "e2e_";
    /** Services run twice, sharing database and consumer group, as a scaled deployment runs them. */
    static final String SECOND_INSTANCES = "case monitoring";

    /**
     * {@code -Davrr.e2e.reuse=true}: start only what is not running and leave the stack up afterwards, to look at
     * its databases and logs ({@code deploy/local/avrr down} with the same settings stops it).
     */
    private static final boolean REUSE = Boolean.getBoolean("avrr.e2e.reuse");

    private static Stack running;

    final Path root = Path.of(System.getProperty("avrr.root", "../..")).toAbsolutePath().normalize();
    final Path dir = Path.of(System.getProperty("avrr.e2e.dir", "target/stack")).toAbsolutePath();
    Tokens tokens;
    EventLog events;
    /** The HTTPS webhook receiver of the offices, missions and partners; the services trust its certificate. */
    HttpsReceiver receiver;

    /** A journey whose actors are fields (one instance per class) needs the stack before it is made. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context)
            throws Exception {
        beforeAll(context);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (running != null) {
            return;
        }
        Instant started = Instant.now();
        receiver = HttpsReceiver.start();
        if (!REUSE) {
            avrr("reset");
        }
        // A clock an aborted run left moved goes: the stack starts on the system's time.
        Files.deleteIfExists(clockFile());
        avrr("up");
        tokens = new Tokens(dir.resolve("keys/token-signing.pem"));
        events = new EventLog("127.0.0.1:" + KAFKA_PORT);
        running = this;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Stack.class.getName(), this);
        System.out.printf("[e2e] stack up in %d s%n", Duration.between(started, Instant.now()).toSeconds());
    }

    /** The running stack; tests get it after the extension started it. */
    static Stack get() {
        if (running == null) {
            throw new IllegalStateException("the stack is not started: annotate the test with @ExtendWith(Stack.class)");
        }
        return running;
    }

    static String url(String service) {
        int offset = switch (service) {
            case "referral" -> 1;
            case "case" -> 2;
            case "grant" -> 3;
            case "monitoring" -> 4;
            default -> throw new IllegalArgumentException(service);
        };
        return "http://127.0.0.1:" + (PORT_BASE + offset);
    }

    /** Starts whatever of the stack is not running (the broker, a killed service) and waits until it is healthy. */
    void up() throws IOException, InterruptedException {
        avrr("up");
    }

    /** Kills a service's process outright (SIGKILL), as a crash or the kernel's OOM killer would. */
    String kill(String instance) throws IOException, InterruptedException {
        ProcessHandle process = process(instance);
        process.destroyForcibly();
        awaitGone(process);
        return "SIGKILL " + instance + "-service (pid " + process.pid() + ")";
    }

    /** Stops the Kafka broker (SIGTERM, as an orchestrator stops it). */
    String stopKafka() throws IOException, InterruptedException {
        ProcessHandle process = process("kafka");
        process.destroy();
        awaitGone(process);
        return "stopped the Kafka broker (pid " + process.pid() + ")";
    }

    /**
     * PostgreSQL refuses every connection to the stack's databases for a while: the services' connections are
     * terminated and new ones refused ({@code ALLOW_CONNECTIONS false}), then allowed again.
     */
    String refuseDatabaseConnections(Duration outage) throws IOException, InterruptedException {
        List<String> databases = List.of("referral", "cases", "grants", "monitoring").stream().map(d -> DB_PREFIX + d)
                .toList();
        StringBuilder refuse = new StringBuilder();
        StringBuilder allow = new StringBuilder();
        for (String d : databases) {
            refuse.append("ALTER DATABASE ").append(d).append(" ALLOW_CONNECTIONS false;");
            allow.append("ALTER DATABASE ").append(d).append(" ALLOW_CONNECTIONS true;");
        }
        refuse.append("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname IN ('")
                .append(String.join("','", databases)).append("');");
        String terminated;
        try {
            terminated = psql(refuse.toString()).trim();
            Thread.sleep(outage.toMillis());
        } finally {
            psql(allow.toString());
        }
        return "PostgreSQL refused the services for " + outage.toSeconds() + " s (" + terminated
                + " connections terminated)";
    }

    /** Everything a database holds, as {@code pg_dump --data-only} writes it: what a backup of it would hold. */
    String dump(String database) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pg_dump", "-h", System.getenv().getOrDefault("AVRR_DB_HOST", "127.0.0.1"), "-p",
                System.getenv().getOrDefault("AVRR_DB_PORT", "5432"), "-U",
                System.getenv().getOrDefault("AVRR_DB_USER", "postgres"), "--data-only", "-d", database)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pg_dump of " + database + " failed");
        }
        return out;
    }

    /** The rows a query reads in one of the stack's databases, as its owner: what an operator would see. */
    String query(String database, String sql) throws IOException, InterruptedException {
        return psql(database, sql);
    }

    private String psql(String sql) throws IOException, InterruptedException {
        return psql("postgres", sql);
    }

    private String psql(String database, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("psql", "-h", System.getenv().getOrDefault("AVRR_DB_HOST", "127.0.0.1"), "-p",
                System.getenv().getOrDefault("AVRR_DB_PORT", "5432"), "-U",
                System.getenv().getOrDefault("AVRR_DB_USER", "postgres"), "-d", database, "-v", "ON_ERROR_STOP=1",
                "-qtA", "-c", sql).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return out;
    }

    private ProcessHandle process(String name) throws IOException {
        long pid = Long.parseLong(Files.readString(dir.resolve("run/" + name + ".pid")).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    private static void awaitGone(ProcessHandle process) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        if (process.isAlive()) {
            throw new IllegalStateException("pid " + process.pid() + " did not end");
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (events != null) {
                events.close();
            }
            if (receiver != null) {
                receiver.close();
            }
        } finally {
            if (!REUSE) {
                avrr("down");
            }
            running = null;
        }
    }

    private Path clockFile() {
        return dir.resolve("clock-offset");
    }

    /**
     * Sets every service's clock so that today is {@code day}, the time of day kept (docs/deployment.md#the-local-
     * stacks-clock), and gives them a second to read it; {@code null} gives them the system's clock back. The file
     * is replaced whole, by a move, so that no service reads it half written.
     */
    void clockAt(LocalDate day) throws IOException, InterruptedException {
        long days = day == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), day);
        Path next = dir.resolve("clock-offset.next");
        Files.writeString(next, Duration.ofDays(days).toString());
        Files.move(next, clockFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Thread.sleep(1000);
    }

    private void avrr(String command) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path log = dir.resolveSibling("stack-" + command + ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(root.resolve("deploy/local/avrr").toString(), command))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("AVRR_LOCAL_DIR", dir.toString());
        env.put("AVRR_PORT_BASE", String.valueOf(PORT_BASE));
        env.put("AVRR_KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("AVRR_DB_PREFIX", DB_PREFIX);
        env.put("AVRR_BUILD", "never");
        env.put("AVRR_SECOND_INSTANCES", SECOND_INSTANCES);
        // The fault test drives eight journeys at once with one organisation's caseworkers: more than the partner
        // API's default allowance per organisation, which is the rate limit's business, not this suite's.
        env.put("AVRR_RATE_LIMIT_REQUESTS_PER_SECOND", "1000");
        env.put("AVRR_RATE_LIMIT_BURST", "2000");
        // Webhooks reach the suite's own HTTPS receiver; an urgent alert nobody acknowledges escalates after 5 s
        // (instead of an hour), so a journey sees it without waiting.
        if (receiver != null) {
            env.put("AVRR_WEBHOOK_TRUST_STORE", receiver.trustStore().toString());
            env.put("AVRR_WEBHOOK_TRUST_STORE_PASSWORD", receiver.trustStorePassword());
        }
        // Every service's clock follows one file, so a journey can live months that lie back (clockAt).
        env.put("AVRR_CLOCK_OFFSET_FILE", clockFile().toString());
        env.put("AVRR_ALERT_URGENT_DEADLINE", "PT5S");
        env.put("AVRR_ALERT_ESCALATION_CHECK_EVERY", "1s");
        Process p = pb.start();
        if (!p.waitFor(Duration.ofMinutes(4).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("avrr " + command + " did not finish in 4 minutes; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("avrr " + command + " failed (exit " + p.exitValue() + "):\n"
                    + Files.readString(log));
        }
    }
}
