package vn.lantoa.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import vn.lantoa.embedded.EmbeddedMariaDb;
import vn.lantoa.embedded.EmbeddedS3;
import vn.lantoa.embedded.EmbeddedSmtp;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the real servers the tests talk to, once per test run: MariaDB (embedded, or the server named by
 * LANTOA_TEST_DATASOURCE_URL), an S3-compatible server and an SMTP server. Their addresses go into system
 * properties, which every Micronaut context of the run reads.
 */
public final class TestServers implements LauncherSessionListener {

    public static final String DATABASE = "lantoa_test";
    private static volatile boolean started;
    private static EmbeddedSmtp smtp;
    private static String jdbcBase;
    private static String dbUser;
    private static String dbPassword;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        startOnce();
    }

    public static synchronized void startOnce() {
        if (started) {
            return;
        }
        String external = System.getenv("LANTOA_TEST_DATASOURCE_URL");
        CompletableFuture<EmbeddedMariaDb> db = external == null
                ? CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(mariaDbBinaries(), Path.of("target", "test-mariadb").toAbsolutePath()))
                : CompletableFuture.completedFuture(null);
        CompletableFuture<EmbeddedS3> s3 = CompletableFuture.supplyAsync(() -> EmbeddedS3.start(null, "lantoa-test", "test-access", "test-secret-key"));
        smtp = EmbeddedSmtp.start();

        EmbeddedMariaDb mariaDb = db.join();
        if (mariaDb != null) {
            jdbcBase = "jdbc:mysql://127.0.0.1:" + mariaDb.port() + "/";
            dbUser = mariaDb.username();
            dbPassword = mariaDb.password();
        } else {
            jdbcBase = external.endsWith("/") ? external : external + "/";
            dbUser = System.getenv().getOrDefault("LANTOA_TEST_DATASOURCE_USERNAME", "root");
            dbPassword = System.getenv().getOrDefault("LANTOA_TEST_DATASOURCE_PASSWORD", "");
        }
        recreateDatabase(DATABASE);
        EmbeddedS3 store = s3.join();

        System.setProperty("datasources.default.url", jdbcUrl(DATABASE));
        System.setProperty("datasources.default.username", dbUser);
        System.setProperty("datasources.default.password", dbPassword);
        System.setProperty("lantoa.storage.endpoint", store.endpoint());
        System.setProperty("lantoa.storage.access-key", store.accessKey());
        System.setProperty("lantoa.storage.secret-key", store.secretKey());
        System.setProperty("lantoa.storage.bucket", "lantoa-test");
        System.setProperty("lantoa.storage.path-style", "true");
        System.setProperty("lantoa.storage.max-upload-bytes", String.valueOf(2 * 1024 * 1024));
        System.setProperty("lantoa.mail.host", smtp.host());
        // Each test class stops its application; one stopped while a job held its lock must not block the next.
        System.setProperty("lantoa.scheduler.longest-lock", "2s");
        // Lets the tests send a Host header, as a visitor of a unit's own domain does.
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        System.setProperty("lantoa.mail.port", String.valueOf(smtp.port()));
        System.setProperty("lantoa.mail.dispatch-interval", "300ms");
        // Tests run the reminder job themselves; a scheduled run in the middle of a test would remind units it has not set up yet.
        System.setProperty("lantoa.reporting.reminder-initial-delay", "6h");
        System.setProperty("lantoa.reporting.overdue-initial-delay", "6h");
        System.setProperty("lantoa.desk.digest-initial-delay", "6h");
        System.setProperty("lantoa.desk.retention-initial-delay", "6h");
        System.setProperty("lantoa.press.release-initial-delay", "6h");
        // Likewise webhook deliveries: tests run the dispatcher themselves, and receive on this machine's loopback over http.
        System.setProperty("lantoa.webhook.dispatch-initial-delay", "6h");
        System.setProperty("lantoa.webhook.allow-http-hosts", "127.0.0.1,localhost");
        System.setProperty("lantoa.webhook.timeout", "3s");
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        System.setProperty("micronaut.security.token.jwt.signatures.secret.generator.secret", Base64.getEncoder().encodeToString(secret));
        System.setProperty("lantoa.security.bcrypt-cost", "4");
        System.setProperty("lantoa.base-url", "http://lantoa.test");
        System.setProperty("micronaut.server.port", "-1");
        // Tests roll back many transactions that recorded a site change: their numbers stop being looked for sooner.
        System.setProperty("lantoa.site.change-gap-wait", "2m");
        // Every test signs in from 127.0.0.1; the per-address throttle has a test of its own.
        System.setProperty("lantoa.security.login-attempts-per-minute", "100000");
        started = true;
    }

    /** A JDBC URL for another database on the same server (created if missing). */
    public static String jdbcUrl(String database) {
        return jdbcBase + database + "?createDatabaseIfNotExist=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";
    }

    /** Runs statements on the test database over a connection of its own, outside the application. */
    public static void sql(String... statements) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(DATABASE), dbUser, dbPassword); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of the first row of a query on the test database, read outside the application (null: no row). */
    public static String value(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(DATABASE), dbUser, dbPassword); Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static String dbUser() {
        return dbUser;
    }

    public static String dbPassword() {
        return dbPassword;
    }

    public static EmbeddedSmtp smtp() {
        startOnce();
        return smtp;
    }

    public static void recreateDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcBase + "?useSSL=false&allowPublicKeyRetrieval=true", dbUser, dbPassword);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The MariaDB binaries are unpacked once per machine, not once per build. */
    private static Path mariaDbBinaries() {
        return EmbeddedMariaDb.binaries(Path.of("target", "mariadb-base").toAbsolutePath());
    }
}
