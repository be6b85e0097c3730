package dev.avrr.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ProductionSecurityGuardTest {

    @Test
    void theIssuerAndItsHttpsJwksUrlAreEnough() {
        assertTrue(ProductionSecurityGuard.problems(Optional.of("https://keycloak.example/realms/avrr"),
                Optional.of("https://keycloak.example/realms/avrr/protocol/openid-connect/certs"), Optional.empty())
                .isEmpty());
    }

    @Test
    void aClockOffsetRefusesToStart() {
        assertEquals(1, ProductionSecurityGuard.clockProblems(Optional.of("/tmp/clock-offset")).size());
        assertTrue(ProductionSecurityGuard.clockProblems(Optional.empty()).isEmpty());
        assertTrue(ProductionSecurityGuard.clockProblems(Optional.of(" ")).isEmpty());
    }

    @Test
    void nothingConfiguredRefusesToStart() {
        assertEquals(2, ProductionSecurityGuard.problems(Optional.empty(), Optional.empty(), Optional.empty()).size());
    }

    @Test
    void theUnsetDefaultsRefuseToStart() {
        assertEquals(2, ProductionSecurityGuard.problems(Optional.of("unset"), Optional.of("unset"), Optional.empty())
                .size());
    }

    @Test
    void aLocalKeyFileRefusesToStart() {
        assertEquals(1, ProductionSecurityGuard.problems(Optional.of("https://avrr.local/issuer"),
                Optional.of("file:.avrr-local/keys/public.pem"), Optional.empty()).size());
    }

    @Test
    void anInlineKeyRefusesToStart() {
        assertEquals(1, ProductionSecurityGuard.problems(Optional.of("https://issuer"),
                Optional.of("https://issuer/certs"), Optional.of("MIIBIjANBgkq")).size());
    }

    private static final Optional<String> SCRAM = Optional.of("SCRAM-SHA-512");

    private static Optional<String> jaas(String user, String password) {
        return Optional.of("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";");
    }

    @Test
    void aScramAuthenticatedBrokerIsEnough() {
        assertEquals(List.of(), ProductionSecurityGuard.brokerProblems(Optional.of("SASL_SSL"), SCRAM,
                jaas("grant-service", "0f3a9c"), Optional.empty()));
        assertEquals(List.of(), ProductionSecurityGuard.brokerProblems(Optional.of("SASL_PLAINTEXT"), SCRAM,
                jaas("grant-service", "0f3a9c"), Optional.empty()));
        assertEquals(List.of(), ProductionSecurityGuard.brokerProblems(Optional.of("SSL"), Optional.empty(),
                Optional.empty(), Optional.of("/run/avrr/kafka-client.p12")));
    }

    @Test
    void aPlaintextBrokerRefusesToStart() {
        assertEquals(1, ProductionSecurityGuard.brokerProblems(Optional.of("PLAINTEXT"), Optional.empty(),
                Optional.empty(), Optional.empty()).size());
        assertEquals(1, ProductionSecurityGuard.brokerProblems(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()).size(), "the Kafka client's default is plaintext");
    }

    @Test
    void saslWithoutCredentialsOrWithAnotherMechanismRefusesToStart() {
        assertEquals(1, ProductionSecurityGuard.brokerProblems(Optional.of("SASL_SSL"), SCRAM,
                jaas("unset", "unset"), Optional.empty()).size());
        assertEquals(1, ProductionSecurityGuard.brokerProblems(Optional.of("SASL_SSL"), SCRAM, jaas("grant-service", ""),
                Optional.empty()).size());
        assertEquals(1, ProductionSecurityGuard.brokerProblems(Optional.of("SASL_SSL"), Optional.of("PLAIN"),
                jaas("grant-service", "0f3a9c"), Optional.empty()).size());
    }

    @Test
    void tlsWithoutAClientCertificateRefusesToStart() {
        assertEquals(1, ProductionSecurityGuard.brokerProblems(Optional.of("SSL"), Optional.empty(), Optional.empty(),
                Optional.empty()).size());
    }
}
