package dev.avrr.testing;

import org.junit.jupiter.api.Test;

/**
 * The API contract every service keeps, checked against its running application: each service has one
 * {@code @QuarkusTest} subclass of this.
 */
public abstract class AbstractApiContractTest {

    @Test
    void everyEndpointDeniesByDefault() {
        ApiContract.assertEveryOperationDeniesByDefault();
    }

    @Test
    void everyOperationRefusesAnUnregisteredOrganisation() {
        ApiContract.assertEveryOperationRefusesAnUnregisteredOrganisation();
    }

    @Test
    void everyOperationDocumentsASuccess() {
        ApiContract.assertEveryOperationDocumentsASuccess();
    }

    @Test
    void everyOperationShowsAnExampleOfItsAnswer() {
        ApiContract.assertEveryOperationShowsAnExampleOfItsAnswer();
    }

    @Test
    void everySuccessResponseWithABodyHasASchema() {
        ApiContract.assertEverySuccessResponseHasASchema();
    }

    @Test
    void noSchemaIsEmpty() {
        ApiContract.assertNoSchemaIsEmpty();
    }

    @Test
    void everyDocumentedPageMirrorsPage() {
        ApiContract.assertEveryDocumentedPageMirrorsPage();
    }

    @Test
    void everySchemaHasOneClearName() {
        ApiContract.assertNoSchemaNameClashes();
    }

    @Test
    void healthMetricsOpenApiAndSwaggerUiAnswer() {
        ApiContract.assertOperationalEndpoints();
    }

    /** Requests of the documented shapes and far outside them: none is answered with a fault. */
    @Test
    void noInputYieldsAFault() {
        // An organisation per operation and role: the per-organisation rate limit stays out of the fuzzer's way.
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ApiFuzzer.assertNoInputYieldsAFault(role -> TestTokens.role(role).org("org-fuzz-" + role + "-"
                + next.incrementAndGet()).country("ET").sign(), 12);
    }

    @Test
    void everyOperationIsDocumentedAndItsExamplesWork() {
        ApiContract.assertEveryOperationIsDocumented();
        ApiContract.sendEveryRequestExample(role -> TestTokens.of(role, "org-example"));
    }
}
