package dev.avrr.monitoring;

import dev.avrr.testing.AvrrTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** monitoring-service tests run against their own PostgreSQL database and the in-JVM Kafka broker. */
@WithTestResource(value = AvrrTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring_test"))
public final class MonitoringTestResources {
    private MonitoringTestResources() {
    }
}
