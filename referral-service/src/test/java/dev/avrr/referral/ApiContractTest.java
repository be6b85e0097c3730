package dev.avrr.referral;

import org.junit.jupiter.api.Test;

import dev.avrr.testing.ApiContract;
import dev.avrr.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiContractTest {

    @Test
    void everyEndpointDeniesByDefault() {
        ApiContract.assertEveryOperationDeniesByDefault();
    }

    @Test
    void healthMetricsOpenApiAndSwaggerUiAnswer() {
        ApiContract.assertOperationalEndpoints();
    }

    @Test
    void everyOperationIsDocumentedAndItsExamplesWork() {
        ApiContract.assertEveryOperationIsDocumented();
        ApiContract.sendEveryRequestExample(role -> TestTokens.of(role, "org-example"));
    }
}
