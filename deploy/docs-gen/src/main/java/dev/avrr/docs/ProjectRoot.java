package dev.avrr.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository root: the directory whose pom.xml is the AVRR parent and that holds {@code docs/} and
 * {@code deploy/contracts/openapi/}. Found from a hint (Maven's {@code maven.multiModuleProjectDirectory}), the
 * {@code avrr.root} system property or the working directory, walking up from each, so a build started from the
 * module's own directory finds it too.
 */
public final class ProjectRoot {

    public static final String OPENAPI_DIR = "deploy/contracts/openapi";

    private ProjectRoot() {
    }

    public static Path locate(String hint) {
        List<Path> starts = new ArrayList<>();
        for (String candidate : new String[] { hint, System.getProperty("avrr.root"), System.getProperty("user.dir") }) {
            // An unresolved Maven property arrives as its own text.
            if (candidate != null && !candidate.isBlank() && !candidate.contains("${")) {
                starts.add(Path.of(candidate).toAbsolutePath().normalize());
            }
        }
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (isRoot(dir)) {
                    return dir;
                }
            }
        }
        throw new IllegalStateException("No AVRR repository root (pom.xml of avrr-parent with docs/ and " + OPENAPI_DIR
                + "/) at or above " + starts);
    }

    static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom) || !Files.isDirectory(dir.resolve("docs"))
                || !Files.isDirectory(dir.resolve(OPENAPI_DIR))) {
            return false;
        }
        try {
            return Files.readString(pom).contains("<artifactId>avrr-parent</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
