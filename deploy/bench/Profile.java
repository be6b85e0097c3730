import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where each service's CPU went during each simulation (docs/performance.md#profiles): the benchmark records every
 * service with JDK Flight Recorder while a simulation runs (warm-up included), and this reads the recordings
 * ({@code OUT/profiles/ROUND-LABEL-SERVICE.jfr}) and writes a Markdown section:
 * <ul>
 * <li>the CPU samples by what they were doing: each sample is charged to the nearest frame of a known library or of
 * our code, walking from the running method towards the thread's start (the JDK's collections and strings charged
 * to whoever called them; the JDK's cryptography is a part of its own);</li>
 * <li>our methods that were on the stack in the most samples (inclusive), so that a rule, the audit or the outbox
 * can be weighed against the rest;</li>
 * <li>the time the garbage collector paused the service.</li>
 * </ul>
 * Run as a single source file: java Profile.java OUT.
 */
public class Profile {

    /** Package prefixes to the part of the work they stand for; the first that matches wins. */
    private static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("javax.crypto.", "cryptography");
        PARTS.put("com.sun.crypto.", "cryptography");
        PARTS.put("sun.security.", "cryptography");
        PARTS.put("java.security.", "cryptography");
        PARTS.put("org.jose4j.", "JWT");
        PARTS.put("io.smallrye.jwt.", "JWT");
        PARTS.put("io.quarkus.smallrye.jwt.", "JWT");
        PARTS.put("com.fasterxml.jackson.", "JSON");
        PARTS.put("org.hibernate.", "Hibernate");
        PARTS.put("org.antlr.", "Hibernate (parsing queries)");
        PARTS.put("org.postgresql.", "JDBC driver");
        PARTS.put("io.agroal.", "connection pool");
        PARTS.put("com.arjuna.", "transactions");
        PARTS.put("io.narayana.", "transactions");
        PARTS.put("org.apache.kafka.", "Kafka client");
        PARTS.put("io.smallrye.reactive.messaging.", "Kafka client");
        PARTS.put("org.jboss.resteasy.", "HTTP (REST)");
        PARTS.put("io.vertx.", "HTTP (Vert.x/Netty)");
        PARTS.put("io.netty.", "HTTP (Vert.x/Netty)");
        PARTS.put("io.quarkus.vertx.", "HTTP (Vert.x/Netty)");
        PARTS.put("org.jboss.logging.", "logging");
        PARTS.put("org.jboss.logmanager.", "logging");
        PARTS.put("io.micrometer.", "metrics");
        PARTS.put("io.opentelemetry.", "tracing");
        PARTS.put("io.quarkus.arc.", "CDI (ArC)");
        PARTS.put("io.quarkus.security.", "security");
        PARTS.put("io.quarkus.hibernate.validator.", "validation");
        PARTS.put("org.hibernate.validator.", "validation");
        PARTS.put("org.flywaydb.", "Flyway");
        PARTS.put("dev.avrr.", "AVRR code");
    }

    private static final String[] JDK = { "java.", "jdk.", "sun.", "com.sun." };
    private static final int TOP = 10;
    /** Fewer samples than this (a second of CPU) and a service was next to idle: no table. */
    private static final int IDLE = 100;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve("profiles");
        StringBuilder md = new StringBuilder("\n## Profiles\n\n");
        md.append("JDK Flight Recorder on each service while each simulation ran (warm-up included), sampling its")
                .append(" threads every 10 ms; `java deploy/bench/Profile.java deploy/bench/target/bench` writes")
                .append(" this section again. A sample is charged to the nearest known library or our code on its")
                .append(" stack (the JDK's collections and strings to their caller). \"Ours on the stack\": the share")
                .append(" of the samples in which the method was running or waiting for what it called.\n");
        List<Path> files;
        try (Stream<Path> list = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            files = list.filter(p -> p.toString().endsWith(".jfr")).sorted().toList();
        }
        for (Path file : files) {
            md.append(section(file));
        }
        System.out.print(md);
    }

    private static String section(Path file) throws IOException {
        Map<String, Integer> parts = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        long samples = 0;
        double pausedMs = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    pausedMs += event.getDuration("sumOfPauses").toNanos() / 1e6;
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                parts.merge(part(frames), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    RecordedMethod method = frame.getMethod();
                    String type1 = method == null ? "" : method.getType().getName();
                    String name = type1.startsWith("dev.avrr.") ? ours(type1, method.getName()) : null;
                    if (name != null) {
                        if (seen.add(name)) {
                            ours.merge(name, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        String name = file.getFileName().toString().replace(".jfr", "");
        StringBuilder md = new StringBuilder("\n### ").append(name).append("\n\n");
        if (samples < IDLE) {
            return md.append(samples).append(" samples: next to idle.\n").toString();
        }
        md.append(String.format(Locale.ROOT, "%d samples (≈ %.1f s of CPU at the 10 ms period), GC pauses %.0f ms.%n%n",
                samples, samples / 100.0, pausedMs));
        md.append("| part | share | | our method | on the stack |\n|---|---|---|---|---|\n");
        List<Map.Entry<String, Integer>> p = top(parts);
        List<Map.Entry<String, Integer>> o = top(ours);
        for (int i = 0; i < Math.max(p.size(), o.size()); i++) {
            md.append("| ").append(i < p.size() ? p.get(i).getKey() : "").append(" | ")
                    .append(i < p.size() ? percent(p.get(i).getValue(), samples) : "").append(" | | ")
                    .append(i < o.size() ? "`" + o.get(i).getKey() + "`" : "").append(" | ")
                    .append(i < o.size() ? percent(o.get(i).getValue(), samples) : "").append(" |\n");
        }
        return md.toString();
    }

    /** The part a sample is charged to: the nearest frame, from the running method on, that names one. */
    private static String part(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> e : PARTS.entrySet()) {
                if (type.startsWith(e.getKey())) {
                    return e.getValue();
                }
            }
            if (!jdk(type)) {
                String[] segments = type.split("\\.");
                return "other: " + String.join(".", Arrays.copyOf(segments, Math.min(3, segments.length - 1)));
            }
        }
        return "JDK (threads, I/O)";
    }

    private static boolean jdk(String type) {
        for (String prefix : JDK) {
            if (type.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Our method as written: the subclasses and proxies Quarkus generates (interceptors, client proxies, messaging
     * invokers) named as the class they stand for, a lambda as the method that holds it; null for generated glue.
     */
    private static String ours(String type, String method) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (simple.contains("_SmallRyeMessagingInvoker") || simple.matches("[0-9]+")) {
            return null;
        }
        simple = simple.replaceAll("_(Subclass|ClientProxy)(\\$.*)?$", "").replaceAll("\\$[0-9]+$", "");
        String name = method.replaceAll("\\$\\$superforward$", "");
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            name = parts.length > 1 ? parts[1] : name;
        }
        return simple + "." + name;
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .toList();
    }

    private static String percent(int n, long of) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * n / of);
    }
}
