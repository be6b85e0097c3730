package dev.avrr.referral.feedback;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import dev.avrr.platform.time.Now;
import dev.avrr.referral.consent.Consents;
import dev.avrr.referral.intake.ConsentPurpose;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends due webhook deliveries: claims a batch (a lease, so two instances never send one at once), POSTs each
 * outside any transaction with its signature, and records the attempt. A 2xx delivers; anything else is retried
 * after a back-off that doubles, until the configured attempts are spent (FAILED). Before each attempt the
 * person's consent to feedback is checked again: once withdrawn, nothing more leaves (CANCELLED).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Inject
    Consents consents;

    private volatile HttpClient client;

    /** What one attempt sends. */
    record Request(UUID deliveryId, int attempt, URI url, String body, long timestamp, String signature) {
    }

    /** What one attempt got: a status code, or a failure without one. */
    record Outcome(Integer statusCode, String error, long durationMs) {
        boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }

    @Scheduled(every = "${avrr.referral.webhooks.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        for (UUID id : claimDue()) {
            deliver(id);
        }
    }

    /** Sends one claimed delivery and records the attempt. */
    void deliver(UUID id) {
        Request request = QuarkusTransaction.requiringNew().call(() -> prepare(id));
        if (request == null) {
            return;
        }
        Outcome outcome = send(request);
        QuarkusTransaction.requiringNew().run(() -> record(id, outcome));
    }

    @SuppressWarnings("unchecked")
    List<UUID> claimDue() {
        // RETURNING keeps no order: the claimed rows are sent oldest first, as they were queued.
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "WITH due AS (SELECT id, next_attempt_at, created_at FROM webhook_delivery WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= now() ORDER BY next_attempt_at, created_at LIMIT :batch "
                        + "FOR UPDATE SKIP LOCKED), claimed AS (UPDATE webhook_delivery d SET next_attempt_at = :lease "
                        + "FROM due WHERE d.id = due.id RETURNING d.id, due.next_attempt_at, due.created_at) "
                        + "SELECT id FROM claimed ORDER BY next_attempt_at, created_at", UUID.class)
                .setParameter("lease", Now.time().plus(config.lease()))
                .setParameter("batch", config.batchSize()).getResultList());
    }

    private Request prepare(UUID id) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        if (d == null || d.status != WebhookDelivery.Status.PENDING) {
            return null;
        }
        WebhookSubscription s = em.find(WebhookSubscription.class, d.org);
        if (s == null) {
            cancel(d, "subscription removed");
            return null;
        }
        if (!consents.stands(d.referralId, ConsentPurpose.FEEDBACK_TO_REFERRER, d.org)) {
            cancel(d, "the person's consent to feedback is withdrawn");
            return null;
        }
        OffsetDateTime now = Now.time();
        long timestamp = now.toEpochSecond();
        return new Request(d.id, d.attempts + 1, URI.create(s.url), d.payload, timestamp,
                WebhookSignature.header(s.secret, s.previousSecretAt(now), timestamp, d.payload));
    }

    private static void cancel(WebhookDelivery d, String why) {
        d.status = WebhookDelivery.Status.CANCELLED;
        d.nextAttemptAt = null;
        d.lastError = why;
    }

    Outcome send(Request r) {
        long start = System.nanoTime();
        if (!config.allowPrivateAddresses() && !WebhookTarget.resolvesPublicly(r.url().getHost())) {
            return new Outcome(null, "the callback host does not resolve to a public address", 0);
        }
        HttpRequest request = HttpRequest.newBuilder(r.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignature.TIMESTAMP, Long.toString(r.timestamp()))
                .header(WebhookSignature.HEADER, r.signature())
                .header("X-Avrr-Delivery", r.deliveryId().toString())
                .header("X-Avrr-Attempt", Integer.toString(r.attempt()))
                .POST(HttpRequest.BodyPublishers.ofString(r.body()))
                .build();
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.statusCode() / 100 == 2 ? null
                    : "the receiver answered " + response.statusCode(), millisSince(start));
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", millisSince(start));
        }
    }

    private void record(UUID id, Outcome outcome) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        OffsetDateTime now = Now.time();
        WebhookAttempt a = new WebhookAttempt();
        a.deliveryId = id;
        a.attemptedAt = now;
        a.statusCode = outcome.statusCode();
        a.error = outcome.error();
        a.durationMs = outcome.durationMs();
        em.persist(a);
        d.attempts++;
        d.lastStatusCode = outcome.statusCode();
        d.lastError = outcome.error();
        if (outcome.delivered()) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
        } else if (d.attempts >= config.maxAttempts()) {
            d.status = WebhookDelivery.Status.FAILED;
            d.nextAttemptAt = null;
            LOG.warnf("Webhook delivery %s to organisation %s failed after %d attempts", d.id, d.org, d.attempts);
        } else {
            d.nextAttemptAt = now.plus(backoff(d.attempts));
        }
    }

    /** The wait after the n-th failed attempt: the initial back-off, doubled for each further one, capped. */
    Duration backoff(int failedAttempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(config.timeout())
                            .followRedirects(HttpClient.Redirect.NEVER);
                    config.trustStore().ifPresent(path -> builder.sslContext(
                            trusting(Path.of(path), config.trustStorePassword().orElse("").toCharArray())));
                    client = builder.build();
                }
            }
        }
        return client;
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
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
