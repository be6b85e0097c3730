package dev.avrr.cases;

import dev.avrr.testing.AvrrTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** case-service tests run against their own PostgreSQL database and the in-JVM Kafka broker. */
@WithTestResource(value = AvrrTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "cases_test"))
public final class CaseTestResources {
    private CaseTestResources() {
    }
}
