package dev.avrr.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's clock follows the offset its file holds; no file, no offset; a bad file changes nothing. */
class StackClockTest {

    @TempDir
    Path dir;

    @AfterEach
    void systemClockAgain() {
        Now.offset(Duration.ZERO);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void theClockFollowsTheFile() throws Exception {
        Path file = dir.resolve("clock-offset");
        Files.writeString(file, "-P122D\n");
        StackClock.read(file);
        assertEquals(today().minusDays(122), Now.today());
        Files.writeString(file, "P-30D");
        StackClock.read(file);
        assertEquals(today().minusDays(30), Now.today());

        // Something that is no duration, or an empty file being written, changes nothing.
        Files.writeString(file, "four months ago");
        StackClock.read(file);
        assertEquals(today().minusDays(30), Now.today());
        Files.writeString(file, "");
        StackClock.read(file);
        assertEquals(today().minusDays(30), Now.today());

        Files.writeString(file, "PT0S");
        StackClock.read(file);
        assertEquals(today(), Now.today());
        Files.writeString(file, "-P1D");
        StackClock.read(file);
        Files.delete(file);
        StackClock.read(file);
        assertEquals(today(), Now.today(), "no file: the system's clock");
    }
}
