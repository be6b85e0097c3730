package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The derivation the other checks rely on reads the services' configuration as it is: if these fail, the
 * configuration changed shape and the derivation (ServiceConfig) must follow, or the other checks would pass
 * against an empty list.
 */
class ServiceConfigTest {

    @Test
    void theFourServicesAreFoundFromTheRootPom() {
        assertEquals(Set.of("referral-service", "case-service", "grant-service", "monitoring-service"),
                ServiceConfig.modules());
        assertEquals(Set.of(8081, 8082, 8083, 8084),
                Set.copyOf(ServiceConfig.all().stream().map(ServiceConfig::port).toList()));
    }

    @Test
    void everyServiceNeedsTheProdSecurityItsDatabaseAndKafka() {
        for (ServiceConfig s : ServiceConfig.all()) {
            Set<String> env = s.requiredEnv();
            assertTrue(env.containsAll(Set.of("AVRR_JWT_ISSUER", "AVRR_JWT_JWKS_URL", "AVRR_DB_PASSWORD",
                    "AVRR_KAFKA_BOOTSTRAP", "AVRR_AT_REST_KEY_ID", "AVRR_AT_REST_KEYS", s.databaseUrlVariable())),
                    s.module() + " requires " + env);
            assertFalse(env.contains("AVRR_DB_USER"), "AVRR_DB_USER has a usable default (postgres)");
            assertTrue(s.databaseUrlVariable().matches("AVRR_[A-Z]+_DB_URL"), s.databaseUrlVariable());
        }
        assertEquals("referral", ServiceConfig.of("referral-service").databaseName());
        assertEquals("cases", ServiceConfig.of("case-service").databaseName());
        assertEquals("grants", ServiceConfig.of("grant-service").databaseName());
        assertEquals("monitoring", ServiceConfig.of("monitoring-service").databaseName());
    }

    @Test
    void everyServiceThatSealsOrOpensAnEventsSealedPartNeedsThePersonalDataKey() {
        for (ServiceConfig s : ServiceConfig.all()) {
            // The person (referral → case) and the case's programme and household (case → grant, monitoring).
            assertTrue(s.sealsOrOpensPersonalData(), s.module());
            assertTrue(s.requiredEnv().contains("AVRR_PERSONAL_KEYS"), s.module());
            assertTrue(s.protectsColumnsAtRest(), s.module() + " protects columns at rest");
            assertEquals(Set.of("AVRR_PERSONAL_KEY_ID", "AVRR_PERSONAL_KEYS"),
                    s.variablesUnder(ServiceConfig.PERSONAL_DATA_PREFIX));
            assertEquals(Set.of("AVRR_AT_REST_KEY_ID", "AVRR_AT_REST_KEYS"),
                    s.variablesUnder(ServiceConfig.AT_REST_PREFIX));
        }
    }

    @Test
    void optionalMappingsAreNotRequired() {
        Set<String> optional = ServiceConfig.optionalMappingProperties(
                Repo.path("referral-service/src/main/java"));
        assertTrue(optional.contains("avrr.referral.webhooks.trust-store"), optional.toString());
        ServiceConfig referral = ServiceConfig.of("referral-service");
        assertTrue(referral.properties().get("avrr.referral.webhooks.trust-store").contains("AVRR_WEBHOOK_TRUST_STORE"));
        assertFalse(referral.requiredEnv().contains("AVRR_WEBHOOK_TRUST_STORE"));
        assertFalse(referral.requiredEnv().contains("AVRR_WEBHOOK_TRUST_STORE_PASSWORD"));
    }

    @Test
    void theTopicsComeFromTheMessagingConfiguration() {
        assertEquals(Set.of("avrr.case", "avrr.grant", "avrr.monitoring", "avrr.case.keys", "avrr.grant.keys",
                "avrr.monitoring.keys"), ServiceConfig.of("referral-service").consumedTopics());
        assertEquals(Set.of("avrr.dlq.case-service"), ServiceConfig.of("case-service").deadLetterTopics());
        assertEquals(Set.of("avrr.referral", "avrr.case", "avrr.grant", "avrr.monitoring"),
                ServiceConfig.producedTopics());
        assertEquals(12, ServiceConfig.expectedTopics().size(), ServiceConfig.expectedTopics().toString());
    }

    @Test
    void defaultsThatPointAtThisMachineAreNotUsable() {
        assertFalse(ServiceConfig.usable(Optional.empty()));
        assertFalse(ServiceConfig.usable(Optional.of("")));
        assertFalse(ServiceConfig.usable(Optional.of("unset")));
        assertFalse(ServiceConfig.usable(Optional.of("jdbc:postgresql://127.0.0.1:5432/cases")));
        assertFalse(ServiceConfig.usable(Optional.of("localhost:9092")));
        assertTrue(ServiceConfig.usable(Optional.of("iom-oslo")));
    }
}
