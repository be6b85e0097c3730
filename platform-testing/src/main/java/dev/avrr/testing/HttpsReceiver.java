package dev.avrr.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A webhook receiver on this machine (a partner's, an IOM office's): a real HTTPS server with a certificate made
 * for this run by the JDK's keytool, and a PKCS12 store that trusts it, for the service that sends. It keeps every
 * request and answers with the status codes a test queues (200 when none is queued). Only the JDK: the end-to-end
 * suite uses it as it is; Quarkus tests through {@link WebhookReceiver}.
 */
public final class HttpsReceiver implements AutoCloseable {

    private static final String PASSWORD = "receiver-test";

    /** One POST the receiver got. */
    public record Received(String path, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Queue<Integer>> answers = new ConcurrentHashMap<>();
    private final HttpsServer server;
    private final Path trustStore;

    private HttpsReceiver(HttpsServer server, Path trustStore) {
        this.server = server;
        this.trustStore = trustStore;
    }

    /** Starts a receiver on a free port of 127.0.0.1. */
    public static HttpsReceiver start() {
        try {
            Path dir = Files.createTempDirectory("avrr-webhook-receiver");
            Path keys = dir.resolve("receiver.p12");
            Path cert = dir.resolve("receiver.pem");
            Path trust = dir.resolve("trust.p12");
            keytool("-genkeypair", "-alias", "receiver", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                    keys.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "receiver", "-keystore", keys.toString(), "-storepass", PASSWORD,
                    "-file", cert.toString());
            keytool("-importcert", "-noprompt", "-alias", "receiver", "-file", cert.toString(), "-storetype", "PKCS12",
                    "-keystore", trust.toString(), "-storepass", PASSWORD);

            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keys)) {
                store.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(kmf.getKeyManagers(), null, null);

            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newFixedThreadPool(2));
            HttpsReceiver receiver = new HttpsReceiver(server, trust);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                receiver.received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body));
                Queue<Integer> queued = receiver.answers.get(path);
                Integer code = queued == null ? null : queued.poll();
                exchange.sendResponseHeaders(code == null ? 200 : code, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the webhook receiver", e);
        }
    }

    /** The callback URL for a test's own path, so tests never read each other's deliveries. */
    public String url(String path) {
        return "https://localhost:" + server.getAddress().getPort() + "/" + path;
    }

    public List<Received> received(String path) {
        List<Received> found = new ArrayList<>();
        received.stream().filter(r -> r.path().equals("/" + path)).forEach(found::add);
        return found;
    }

    /** The next requests to the path get these status codes, in order. */
    public void answerNext(String path, Integer... codes) {
        answers.computeIfAbsent("/" + path, k -> new ConcurrentLinkedQueue<>()).addAll(List.of(codes));
    }

    /** A PKCS12 store that trusts this receiver's certificate. */
    public Path trustStore() {
        return trustStore;
    }

    public String trustStorePassword() {
        return PASSWORD;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
