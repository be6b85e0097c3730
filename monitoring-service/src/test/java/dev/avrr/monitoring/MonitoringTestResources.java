package dev.avrr.monitoring;

import dev.avrr.testing.AvrrTestResources;
import dev.avrr.testing.WebhookReceiver;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * monitoring-service tests run against their own PostgreSQL database and the in-JVM Kafka broker, with a webhook
 * receiver on this machine that the service trusts.
 */
@WithTestResource(value = AvrrTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "monitoring_test"))
@WithTestResource(value = WebhookReceiver.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "config-prefix", value = "avrr.monitoring.notifications"))
public final class MonitoringTestResources {
    private MonitoringTestResources() {
    }
}
