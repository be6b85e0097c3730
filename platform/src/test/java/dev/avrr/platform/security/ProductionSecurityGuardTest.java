package dev.avrr.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
