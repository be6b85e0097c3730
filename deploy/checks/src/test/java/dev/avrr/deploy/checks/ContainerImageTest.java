package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * deploy/container/Dockerfile.jvm: no Docker engine runs here, so the checks read the file: it takes the
 * service as a build argument, copies Quarkus's fast-jar layout, runs as a non-root user with container-aware
 * JVM settings, and (where a service is packaged) copies every part of the layout that {@code ./mvnw package}
 * actually produced.
 */
class ContainerImageTest {

    static final String DOCKERFILE = "deploy/container/Dockerfile.jvm";

    /** Instructions with their line continuations joined, comments dropped. */
    static List<String> instructions() {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Repo.read(DOCKERFILE).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
            } else {
                current.append(trimmed);
                if (current.length() > 0) {
                    result.add(current.toString());
                }
                current.setLength(0);
            }
        }
        return result;
    }

    static List<String> sources(String instructionPrefix) {
        return instructions().stream().filter(i -> i.startsWith(instructionPrefix)).toList();
    }

    /** The numeric user the image runs as (its USER instruction). */
    static int imageUserId() {
        List<String> users = sources("USER ");
        assertEquals(1, users.size(), "one USER instruction");
        String user = users.get(0).substring("USER ".length()).trim().split(":")[0];
        assertTrue(user.matches("\\d+"), "a numeric USER, so Kubernetes can check runAsNonRoot: " + user);
        return Integer.parseInt(user);
    }

    /** The layout entries (relative to quarkus-app) the Dockerfile copies. */
    static Set<String> copiedLayout() {
        Pattern copy = Pattern.compile("^COPY\\s+(?:--\\S+\\s+)*\\$\\{SERVICE}/target/quarkus-app/(\\S*)\\s+(\\S+)$");
        Set<String> copied = new TreeSet<>();
        for (String i : sources("COPY ")) {
            Matcher m = copy.matcher(i);
            assertTrue(m.matches(), "every COPY takes from ${SERVICE}/target/quarkus-app/: " + i);
            copied.add(m.group(1));
            assertTrue(m.group(2).startsWith("/deployments/"), i);
        }
        return copied;
    }

    @Test
    void theImageIsBuiltPerServiceFromTheFastJarLayout() {
        List<String> all = instructions();
        assertTrue(all.get(0).startsWith("FROM ") && all.get(0).contains("17"), "a Java 17 runtime: " + all.get(0));
        assertTrue(all.contains("ARG SERVICE"), "the service is a build argument");
        assertEquals(Set.of("lib/", "*.jar", "app/", "quarkus/"), copiedLayout());
        assertTrue(all.stream().anyMatch(i -> i.equals("WORKDIR /deployments")), "Quarkus's config/ is read from $PWD");
        String entrypoint = sources("ENTRYPOINT ").get(0);
        assertTrue(entrypoint.contains("-jar /deployments/quarkus-run.jar"), entrypoint);
        assertTrue(entrypoint.contains("exec java"), "the JVM is PID 1 and gets SIGTERM");
    }

    @Test
    void theImageRunsAsANonRootUserWithContainerAwareJvmSettings() {
        assertTrue(imageUserId() > 0, "not root");
        String env = String.join(" ", sources("ENV "));
        assertTrue(env.contains("-XX:MaxRAMPercentage="), "the heap follows the container's memory limit");
        assertTrue(env.contains("-XX:+ExitOnOutOfMemoryError"), "an out-of-memory JVM ends and is restarted");
        assertFalse(env.contains("-Xmx"), "no fixed heap that ignores the container limit");
        String ignore = Repo.read(DOCKERFILE + ".dockerignore");
        assertTrue(ignore.contains("\n*\n") && ignore.contains("!*/target/quarkus-app"),
                "the build context is the quarkus-app directories only");
    }

    @Test
    void everyPartOfAPackagedServiceIsCopied() throws IOException {
        List<Path> packaged = new ArrayList<>();
        for (String module : ServiceConfig.modules()) {
            Path app = Repo.path(module).resolve("target/quarkus-app");
            if (Files.isRegularFile(app.resolve("quarkus-run.jar"))) {
                packaged.add(app);
            }
        }
        Assumptions.assumeFalse(packaged.isEmpty(), "no service is packaged (./mvnw package) in this tree");
        Set<String> copied = copiedLayout();
        for (Path app : packaged) {
            try (Stream<Path> entries = Files.list(app)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (name.endsWith(".txt")) {
                        continue; // quarkus-app-dependencies.txt: a build report, not needed at run time
                    }
                    String asCopied = Files.isDirectory(entry) ? name + "/" : name.endsWith(".jar") ? "*.jar" : name;
                    assertTrue(copied.contains(asCopied), app + ": " + name + " is not copied into the image");
                }
            }
            assertTrue(Files.isDirectory(app.resolve("lib")) && Files.isDirectory(app.resolve("app"))
                    && Files.isDirectory(app.resolve("quarkus")), app + " is the fast-jar layout");
        }
    }
}
