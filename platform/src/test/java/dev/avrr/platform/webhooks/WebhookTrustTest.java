package dev.avrr.platform.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.avrr.testing.WebhookReceiver;

/** A configured webhook trust store adds certificate authorities to the JDK's; it never replaces them. */
class WebhookTrustTest {

    private static final String PASSWORD = "test-only-password";

    @Test
    void theStoreIsTrustedBesidesTheJdkAuthoritiesAndAStrangerIsNot(@TempDir Path dir) throws Exception {
        X509Certificate partner = selfSigned(dir, "partner");
        X509Certificate stranger = selfSigned(dir, "stranger");
        Path store = dir.resolve("trust.p12");
        WebhookReceiver.keytool("-importcert", "-noprompt", "-alias", "partner", "-file",
                dir.resolve("partner.pem").toString(), "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD);

        X509TrustManager trust = WebhookSender.trustManager(store, PASSWORD.toCharArray());

        List<X509Certificate> issuers = List.of(trust.getAcceptedIssuers());
        List<X509Certificate> jdk = List.of(jdkTrust().getAcceptedIssuers());
        assertTrue(jdk.size() > 10, "the JDK ships its certificate authorities");
        assertTrue(issuers.containsAll(jdk), "every JDK authority stays trusted");
        assertTrue(issuers.contains(partner));
        assertEquals(jdk.size() + 1, issuers.size());
        assertDoesNotThrow(() -> trust.checkServerTrusted(new X509Certificate[] { partner }, "RSA"));
        assertThrows(CertificateException.class,
                () -> trust.checkServerTrusted(new X509Certificate[] { stranger }, "RSA"));
    }

    private static X509Certificate selfSigned(Path dir, String alias) throws Exception {
        Path keys = dir.resolve(alias + ".p12");
        WebhookReceiver.keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=" + alias + ".example", "-validity", "2", "-storetype", "PKCS12", "-keystore", keys.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD);
        WebhookReceiver.keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", keys.toString(), "-storepass",
                PASSWORD, "-file", dir.resolve(alias + ".pem").toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return (X509Certificate) store.getCertificate(alias);
    }

    private static X509TrustManager jdkTrust() throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
