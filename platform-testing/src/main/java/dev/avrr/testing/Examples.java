package dev.avrr.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The service's OpenAPI example files (docs/conventions.md), for tests that send an example as it is documented. */
public final class Examples {

    private Examples() {
    }

    /** The content of an example file, e.g. {@code examples/scores/publish-economic-double.json}. */
    public static String read(String file) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("No example file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
