package dev.avrr.referral;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged service, started as operations would start it in the prod profile but without the issuer's
 * JWKS URL and without its Kafka user, refuses to start: a local or test key is never accepted in production, nor
 * an event bus that does not authenticate the service.
 */
class ProductionStartupIT {

    @Test
    void theProdProfileRefusesToStartWithoutTheIssuersJwksUrl() throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the service first");
        Path log = Files.createTempFile("prod-startup", ".log");
        String host = env("AVRR_TEST_PG_HOST", "127.0.0.1");
        String port = env("AVRR_TEST_PG_PORT", "5432");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=0", "-jar", jar.toString());
        pb.environment().put("AVRR_REFERRAL_DB_URL", "jdbc:postgresql://" + host + ":" + port + "/referral_test");
        pb.environment().put("AVRR_DB_USER", env("AVRR_TEST_PG_USER", "postgres"));
        pb.environment().put("AVRR_DB_PASSWORD", env("AVRR_TEST_PG_PASSWORD", ""));
        pb.environment().put("AVRR_KAFKA_BOOTSTRAP", "127.0.0.1:1");
        pb.environment().remove("AVRR_JWT_ISSUER");
        pb.environment().remove("AVRR_JWT_JWKS_URL");
        pb.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/tmp/some-local-key.pem");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = pb.start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        new File(log.toString()).delete();
        assertTrue(exited, "the service kept running in prod without a JWKS URL");
        assertNotEquals(0, process.exitValue());
        assertTrue(output.contains("Refusing to start in the prod profile"), output);
        assertTrue(output.contains("AVRR_JWT_ISSUER") && output.contains("https JWKS URL"), output);
        // Nor with a broker that does not authenticate it: no Kafka user was given.
        assertTrue(output.contains("AVRR_KAFKA_USER, AVRR_KAFKA_PASSWORD"), output);
        assertTrue(!output.contains("Failed to construct kafka consumer"), "the guard refuses before any Kafka client: "
                + output);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
