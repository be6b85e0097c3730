package dev.avrr.grant;

import dev.avrr.testing.AvrrTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** grant-service tests run against their own PostgreSQL database and the in-JVM Kafka broker. */
@WithTestResource(value = AvrrTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "grant_test"))
public final class GrantTestResources {
    private GrantTestResources() {
    }
}
