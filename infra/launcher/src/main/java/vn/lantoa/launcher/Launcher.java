package vn.lantoa.launcher;

import io.micronaut.context.ApplicationContext;
import vn.lantoa.Application;
import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.EmbeddedS3;
import vn.lantoa.embedded.EmbeddedSmtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The default run on a fresh machine: a real MariaDB, an S3-compatible store and an SMTP server start in
 * this process (in parallel), then Lantoa with demo data. Data is kept under ./lantoa-data, so a restart
 * keeps it; {@code --clean} starts from nothing. Any server given in the environment (DATASOURCE_URL,
 * S3_ENDPOINT, SMTP_HOST) is used instead of its embedded stand-in.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path dataDir = Path.of(env("LANTOA_DATA_DIR", "lantoa-data")).toAbsolutePath();
        boolean clean = Arrays.asList(args).contains("--clean") || "true".equalsIgnoreCase(System.getenv("LANTOA_CLEAN"));
        if (clean) {
            deleteTree(dataDir.resolve("mariadb").resolve("data"));
            deleteTree(dataDir.resolve("mariadb").resolve("data-tmp"));
            deleteTree(dataDir.resolve("s3"));
            deleteTree(dataDir.resolve("outbox"));
        }
        Files.createDirectories(dataDir);

        CompletableFuture<EmbeddedMariaDb> db = System.getenv("DATASOURCE_URL") == null
                ? CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(dataDir.resolve("mariadb/base"), dataDir.resolve("mariadb/data")))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<EmbeddedS3> s3 = System.getenv("S3_ENDPOINT") == null && System.getenv("S3_BUCKET") == null
                ? CompletableFuture.supplyAsync(() -> EmbeddedS3.start(dataDir.resolve("s3"), "lantoa", "lantoa-local", localSecret(dataDir, "s3-secret")))
                : CompletableFuture.completedFuture(null);
        EmbeddedSmtp smtp = System.getenv("SMTP_HOST") == null ? EmbeddedSmtp.start() : null;

        EmbeddedMariaDb mariaDb = db.join();
        if (mariaDb != null) {
            System.setProperty("datasources.default.url", mariaDb.jdbcUrl("lantoa"));
            System.setProperty("datasources.default.username", mariaDb.username());
            System.setProperty("datasources.default.password", mariaDb.password());
        }
        EmbeddedS3 store = s3.join();
        if (store != null) {
            System.setProperty("lantoa.storage.endpoint", store.endpoint());
            System.setProperty("lantoa.storage.access-key", store.accessKey());
            System.setProperty("lantoa.storage.secret-key", store.secretKey());
            System.setProperty("lantoa.storage.bucket", "lantoa");
            System.setProperty("lantoa.storage.path-style", "true");
        }
        if (smtp != null) {
            System.setProperty("lantoa.mail.host", smtp.host());
            System.setProperty("lantoa.mail.port", String.valueOf(smtp.port()));
            System.setProperty("lantoa.mail.dispatch-interval", "1s");
        }
        if (System.getenv("LANTOA_JWT_SECRET") == null) {
            System.setProperty("micronaut.security.token.jwt.signatures.secret.generator.secret", localSecret(dataDir, "jwt-secret"));
        }
        if (System.getenv("LANTOA_DEMO") == null) {
            System.setProperty("lantoa.demo.enabled", "true");
        }
        String port = env("LANTOA_PORT", "8080");
        if (System.getenv("LANTOA_BASE_URL") == null) {
            System.setProperty("lantoa.base-url", "http://localhost:" + port);
        }

        ApplicationContext context = Application.start(args);
        if (smtp != null) {
            new OutboxPrinter(smtp, dataDir.resolve("outbox")).start();
        }
        Banner.print(context, "http://localhost:" + port, (System.nanoTime() - started) / 1_000_000, mariaDb != null, store != null, smtp != null, dataDir);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A random secret made on the first start and kept in the data folder, so sessions survive a restart. */
    private static String localSecret(Path dataDir, String name) {
        Path file = dataDir.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getEncoder().encodeToString(bytes);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
