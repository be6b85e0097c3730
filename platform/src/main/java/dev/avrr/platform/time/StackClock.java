package dev.avrr.platform.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The local stack's clock (docs/deployment.md#the-local-stacks-clock): when {@value #OFFSET_FILE} names a file, the
 * time every rule sees ({@link Now}) is the system's moved by the ISO-8601 duration the file holds ({@code -P122D},
 * {@code PT0S}; no file is no offset), read again every {@value #POLL_MILLIS} ms — so that the end-to-end tests can
 * walk a return whose history lies months back, then let the months pass, in every service at once. Never in
 * production: the prod profile refuses to start with it set ({@code ProductionSecurityGuard}), and this class does
 * nothing there.
 */
@ApplicationScoped
public class StackClock {

    public static final String OFFSET_FILE = "avrr.clock.offset-file";
    static final long POLL_MILLIS = 200;

    private static final Logger LOG = Logger.getLogger(StackClock.class);

    void onStart(@Observes StartupEvent event) {
        Optional<String> file = ConfigProvider.getConfig().getOptionalValue(OFFSET_FILE, String.class)
                .filter(f -> !f.isBlank());
        if (file.isEmpty() || ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        Path path = Path.of(file.get());
        LOG.warnf("The clock follows the offset in %s: a local stack, never production", path);
        read(path);
        Thread poller = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                read(path);
            }
        }, "stack-clock");
        poller.setDaemon(true);
        poller.start();
    }

    /**
     * The offset the file holds now; none without a file; the last one while the file cannot be read or holds no
     * duration (a writer replaces the file whole, by a move).
     */
    static void read(Path path) {
        try {
            Now.offset(Duration.parse(Files.readString(path).trim()));
        } catch (NoSuchFileException e) {
            Now.offset(Duration.ZERO);
        } catch (IOException | DateTimeParseException e) {
            LOG.debugf("The clock's offset could not be read (%s); the last one stands", e.getClass().getSimpleName());
        }
    }
}
