package dev.avrr.platform.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Sends one signed webhook attempt and says how it went; every service's dispatcher (its own tables, its own
 * retries) sends through one of these. The callback host is checked again on every attempt (what the name resolves
 * to now: {@link WebhookTarget}); redirects are not followed; the JDK's certificate authorities are trusted and,
 * in addition, those of a configured store.
 */
public final class WebhookSender {

    /** How a service sends: per-request timeout, whether private addresses are allowed (local tests), trust. */
    public record Settings(Duration timeout, boolean allowPrivateAddresses, Optional<String> trustStore,
            Optional<String> trustStorePassword) {
    }

    /** What one attempt sends: the body exactly as signed, the time of sending, the signature header. */
    public record Request(UUID deliveryId, int attempt, URI url, String body, long timestamp, String signature) {
    }

    /** What one attempt got: a status code, or a failure without one. */
    public record Outcome(Integer statusCode, String error, long durationMs) {
        public boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public WebhookSender(Settings settings) {
        this.settings = settings;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        settings.trustStore().filter(s -> !s.isBlank()).ifPresent(path -> builder.sslContext(
                trusting(Path.of(path), settings.trustStorePassword().orElse("").toCharArray())));
        this.client = builder.build();
    }

    public Outcome send(Request r) {
        long start = System.nanoTime();
        if (!settings.allowPrivateAddresses() && !WebhookTarget.resolvesPublicly(r.url().getHost())) {
            return new Outcome(null, "the callback host does not resolve to a public address", 0);
        }
        HttpRequest request = HttpRequest.newBuilder(r.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP, Long.toString(r.timestamp()))
                .header(WebhookSignature.HEADER, r.signature())
                .header("X-Avrr-Delivery", r.deliveryId().toString())
                .header("X-Avrr-Attempt", Integer.toString(r.attempt()))
                .POST(HttpRequest.BodyPublishers.ofString(r.body()))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null
                    : "the receiver answered " + response.statusCode(), millisSince(start));
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(start));
        }
    }

    /** The wait after the n-th failed attempt: {@code initial}, doubled for each further one, at most {@code max}. */
    public static Duration backoff(Duration initial, Duration max, int failedAttempts) {
        Duration wait = initial.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 30));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * The JDK's certificate authorities and, in addition, those of the configured store (a test receiver's, a
     * partner's private CA): configuring the store must not stop callbacks to partners with public certificates.
     */
    static SSLContext trusting(Path store, char[] password) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trustManager(store, password) }, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The webhook trust store could not be used", e);
        }
    }

    static X509TrustManager trustManager(Path store, char[] password) {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            return new EitherTrustManager(x509(null), x509(keys));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The webhook trust store could not be read", e);
        }
    }

    private static X509TrustManager x509(KeyStore keys) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(keys);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a chain either of two trust managers trusts. */
    record EitherTrustManager(X509TrustManager first, X509TrustManager second) implements X509TrustManager {

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
