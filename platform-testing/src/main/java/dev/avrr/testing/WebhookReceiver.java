package dev.avrr.testing;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The {@link HttpsReceiver} as a Quarkus test resource: started once, the service under test told to trust it
 * through its webhook configuration ({@code config-prefix}, e.g. {@code avrr.referral.webhooks}).
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    private static volatile HttpsReceiver receiver;
    private String prefix = "avrr.referral.webhooks";

    /** {@code config-prefix}: the service's webhook configuration to point at this receiver's trust store. */
    @Override
    public void init(Map<String, String> initArgs) {
        prefix = initArgs.getOrDefault("config-prefix", prefix);
    }

    /** The callback URL for a test's own path, so tests never read each other's deliveries. */
    public static String url(String path) {
        return receiver.url(path);
    }

    public static List<HttpsReceiver.Received> received(String path) {
        return receiver.received(path);
    }

    /** The next requests to the path get these status codes, in order. */
    public static void answerNext(String path, Integer... codes) {
        receiver.answerNext(path, codes);
    }

    @Override
    public Map<String, String> start() {
        receiver = HttpsReceiver.start();
        return Map.of(prefix + ".trust-store", receiver.trustStore().toString(), prefix + ".trust-store-password",
                receiver.trustStorePassword());
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }

    public static void keytool(String... args) throws IOException, InterruptedException {
        HttpsReceiver.keytool(args);
    }
}
