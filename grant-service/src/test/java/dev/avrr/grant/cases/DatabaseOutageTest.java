package dev.avrr.grant.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import dev.avrr.grant.GrantFixture;
import dev.avrr.testing.DatabaseOutage;
import dev.avrr.testing.EventProbe;
import dev.avrr.vocabulary.events.Programme;
import dev.avrr.vocabulary.events.Traveller;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An approval that arrives while grant-service's database is away (a failover, a restart) is not lost: the
 * consumer waits the outage out and allocates once it is over; nothing goes to the dead-letter topic.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    GrantFixture grants;

    @Test
    void anApprovalThatMeetsADatabaseOutageIsAllocatedOnceAfterIt() throws Exception {
        Traveller t = GrantFixture.applicant(30);
        UUID caseId = UUID.randomUUID();
        String approval = grants.approval(caseId, Programme.VULNERABLE_GROUPS, null, t);
        try (DatabaseOutage outage = DatabaseOutage.begin(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class))) {
            GrantFixture.send(caseId, approval);
            Thread.sleep(8000);
        }
        assertEquals(1, GrantFixture.entitlements(caseId, 1).size(), "allocated once, after the outage");
        GrantFixture.send(caseId, approval);
        Thread.sleep(1000);
        assertEquals(1, GrantFixture.entitlements(caseId, 1).size(), "a redelivery changes nothing");
        assertEquals(List.of(), EventProbe.await("avrr.dlq.grant-service", r -> caseId.toString().equals(r.key()), 1,
                Duration.ofSeconds(3)), "nothing dead-lettered");
    }
}
