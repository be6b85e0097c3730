package dev.avrr.platform.probe;

import dev.avrr.testing.JwtTestResource;
import dev.avrr.testing.KafkaTestResource;
import dev.avrr.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** The real PostgreSQL database, Kafka broker and token key of the platform's own tests. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "avrr_platform_test"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
public final class PlatformTestResources {
    private PlatformTestResources() {
    }
}
