package dev.avrr.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The compose stack's secrets: generate-secrets.sh run for real (bash and openssl) into a temporary directory,
 * and the git-ignore rules that keep the result out of the repository.
 */
class ComposeSecretsTest {

    @TempDir
    Path out;

    private Map<String, String> generate() {
        Repo.Result r = Repo.run(120, Repo.executable("bash", "/bin/bash"), "deploy/compose/generate-secrets.sh",
                "--out", out.toString());
        assertEquals(0, r.exitCode(), "generate-secrets.sh failed: " + r.stderr());
        Map<String, String> env = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(out.resolve(".env"))) {
                Matcher m = Pattern.compile("^([A-Z][A-Z0-9_]*)=(.*)$").matcher(line);
                if (m.matches()) {
                    env.put(m.group(1), m.group(2));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return env;
    }

    @Test
    void theGeneratedEnvFileSetsEveryVariableWithFreshValuesInTheServicesKeyFormat() throws IOException {
        Map<String, String> example = ComposeTest.envExample();
        Map<String, String> env = generate();
        assertEquals(example.keySet(), env.keySet(), ".env has exactly the variables of .env.example");

        Set<String> secrets = new HashSet<>();
        env.forEach((name, value) -> {
            assertNotEquals("change-me", value, name + " was not generated");
            if (!"change-me".equals(example.get(name))) {
                assertEquals(example.get(name), value, name + " is a setting, copied as it is");
            } else {
                assertTrue(secrets.add(value), name + " repeats another generated value");
            }
        });
        for (String name : env.keySet()) {
            if (name.endsWith("_KEYS")) {
                String id = env.get(name.substring(0, name.length() - "_KEYS".length()) + "_KEY_ID");
                String[] pair = env.get(name).split(":", 2);
                assertEquals(id, pair[0], name + " starts with its key id");
                assertEquals(32, Base64.getDecoder().decode(pair[1]).length, name + " is an AES-256 key");
            } else if (name.contains("PASSWORD") && !name.startsWith("AVRR_WEBHOOK")
                    || name.endsWith("_SECRET")) {
                assertTrue(env.get(name).matches("[0-9a-f]{32,}"), name + " is at least 128 random bits");
            }
        }
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(out.resolve(".env")), ".env is readable by its owner only");

        // a second run refuses to overwrite the secrets a running stack already uses
        String before = Files.readString(out.resolve(".env"));
        Repo.Result again = Repo.run(60, Repo.executable("bash", "/bin/bash"), "deploy/compose/generate-secrets.sh",
                "--out", out.toString());
        assertNotEquals(0, again.exitCode());
        assertEquals(before, Files.readString(out.resolve(".env")));
    }

    @Test
    void keycloaksCertificateIsValidForTheComposeNetworkAndTheHostAndSignedByTheCaTheServicesTrust()
            throws Exception {
        generate();
        Path tls = out.resolve("secrets/tls");
        X509Certificate ca = certificate(tls.resolve("ca.pem"));
        X509Certificate server = certificate(tls.resolve("keycloak.crt"));
        server.verify(ca.getPublicKey());
        server.checkValidity();
        assertTrue(ca.getBasicConstraints() >= 0, "ca.pem is a CA");
        assertEquals(-1, server.getBasicConstraints(), "keycloak.crt is not a CA");
        Set<String> names = new TreeSet<>();
        for (List<?> san : server.getSubjectAlternativeNames()) {
            names.add(String.valueOf(san.get(1)));
        }
        assertTrue(names.containsAll(Set.of("keycloak", "localhost", "127.0.0.1")), names.toString());
        assertTrue(server.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"), "a TLS server certificate");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(tls.resolve("ca.key")), "the CA key is readable by its owner only");
        assertFalse(Files.getPosixFilePermissions(out.resolve("secrets")).contains(PosixFilePermission.OTHERS_READ));

        // every file compose takes from secrets/ is one the script makes
        JsonNode compose = Repo.yaml(ComposeTest.COMPOSE);
        Set<String> referenced = new TreeSet<>();
        compose.path("secrets").forEach(s -> referenced.add(s.path("file").asText()));
        compose.path("services").forEach(s -> s.path("volumes").forEach(v -> referenced.add(v.asText().split(":")[0])));
        int fromSecrets = 0;
        for (String ref : referenced) {
            if (ref.startsWith("./secrets/")) {
                fromSecrets++;
                assertTrue(Files.isRegularFile(out.resolve(ref.substring(2))), "the script makes " + ref);
            }
        }
        assertEquals(3, fromSecrets, "the certificate, its key and the CA: " + referenced);
    }

    @Test
    void theGeneratedFilesAreIgnoredByGit() {
        String git = Repo.executable("git", "/usr/bin/git");
        for (String path : List.of("deploy/compose/.env", "deploy/compose/secrets/tls/keycloak.key",
                "deploy/compose/secrets/tls/ca.key")) {
            Repo.Result r = Repo.run(30, git, "check-ignore", "-q", "--no-index", path);
            assertEquals(0, r.exitCode(), path + " must be git-ignored " + r.stderr());
        }
        Repo.Result example = Repo.run(30, git, "check-ignore", "-q", "--no-index", ComposeTest.ENV_EXAMPLE);
        assertEquals(1, example.exitCode(), ".env.example must not be ignored");
    }

    private static X509Certificate certificate(Path pem) throws Exception {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
