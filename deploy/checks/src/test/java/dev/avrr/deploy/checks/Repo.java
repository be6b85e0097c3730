package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The repository these checks read: its root, its files, and YAML/JSON parsing. */
final class Repo {

    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    private static Path root;

    private Repo() {
    }

    /**
     * The repository root: {@code avrr.root} (set by surefire to Maven's multi-module directory) or, when the
     * tests run some other way, the first directory up from the working directory that holds {@code mvnw} and
     * {@code deploy/}.
     */
    static synchronized Path root() {
        if (root == null) {
            String configured = System.getProperty("avrr.root");
            if (configured != null && !configured.isBlank() && isRoot(Path.of(configured))) {
                root = Path.of(configured).toAbsolutePath().normalize();
            } else {
                Path dir = Path.of("").toAbsolutePath();
                while (dir != null && !isRoot(dir)) {
                    dir = dir.getParent();
                }
                if (dir == null) {
                    fail("Cannot find the repository root (a directory with mvnw and deploy/) from "
                            + Path.of("").toAbsolutePath());
                }
                root = dir;
            }
        }
        return root;
    }

    private static boolean isRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy"))
                && Files.isRegularFile(dir.resolve("pom.xml"));
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        assertTrue(Files.isRegularFile(file), "missing file " + root().relativize(file.toAbsolutePath()));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relative) {
        try {
            return YAML.readTree(read(relative));
        } catch (IOException e) {
            throw new AssertionError(relative + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    static JsonNode json(String relative) {
        try {
            return JSON.readTree(read(relative));
        } catch (IOException e) {
            throw new AssertionError(relative + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static JsonNode jsonOf(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Every document of a multi-document YAML stream, skipping empty ones. */
    static List<JsonNode> yamlDocuments(String text) {
        List<JsonNode> docs = new ArrayList<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    /** A value of the root pom's properties, e.g. {@code kafka.version}. */
    static String rootPomProperty(String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">")
                .matcher(read("pom.xml"));
        assertTrue(m.find(), "the root pom has no property " + name);
        return m.group(1).trim();
    }

    /** The modules the root pom builds. */
    static List<String> rootPomModules() {
        List<String> modules = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(read("pom.xml"));
        while (m.find()) {
            modules.add(m.group(1).trim());
        }
        return modules;
    }

    record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs a command in the repository root; fails the test if it does not end within the timeout. */
    static Result run(long timeoutSeconds, String... command) {
        try {
            Path out = Files.createTempFile("avrr-checks", ".out");
            Path err = Files.createTempFile("avrr-checks", ".err");
            try {
                Process process = new ProcessBuilder(command).directory(root().toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                process.getOutputStream().close();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
                }
                return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** An executable on the PATH (or at one of the given fallbacks); fails the test when there is none. */
    static String executable(String name, String... fallbacks) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        for (String fallback : fallbacks) {
            if (Files.isExecutable(Path.of(fallback))) {
                return fallback;
            }
        }
        return fail(name + " is needed for these checks and was not found on the PATH");
    }
}
