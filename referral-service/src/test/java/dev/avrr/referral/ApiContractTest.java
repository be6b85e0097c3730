package dev.avrr.referral;

import dev.avrr.testing.AbstractApiContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiContractTest extends AbstractApiContractTest {
}
