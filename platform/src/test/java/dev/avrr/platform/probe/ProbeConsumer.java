package dev.avrr.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dev.avrr.platform.inbox.Inbox;
import io.agroal.api.AgroalDataSource;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** A test-only consumer: records each probe event's effect, and fails on events marked to fail. */
@ApplicationScoped
public class ProbeConsumer {

    @Inject
    Inbox inbox;

    @Inject
    AgroalDataSource dataSource;

    @Incoming("probe-in")
    @Blocking
    public void consume(String value) {
        inbox.receive("platform-test.probe", value, event -> {
            if (event.data().path("fail").asBoolean()) {
                throw new IllegalStateException("this handler always fails for probe " + event.subject());
            }
            try (var c = dataSource.getConnection();
                    var ps = c.prepareStatement("INSERT INTO probe_effect (event_id, subject, sequence) VALUES (?, ?, ?)")) {
                ps.setObject(1, event.id());
                ps.setString(2, event.data().path("key").asText());
                ps.setInt(3, event.data().path("sequence").asInt());
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
