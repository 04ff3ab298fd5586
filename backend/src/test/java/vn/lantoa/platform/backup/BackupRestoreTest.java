package vn.lantoa.platform.backup;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.platform.publication.PageCache;
import vn.lantoa.reporting.ReportingFixture;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.send.ReportingTest;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Images;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore rehearsal of infra/backup/README.md, run by the scripts themselves (infra/backup/backup.sh and
 * restore.sh through bash) against the test run's MariaDB and S3 server: a populated installation is backed up, its
 * database and bucket are wiped, it is restored, and a fresh instance serves the same report PDF and article page byte
 * for byte. Each test works in databases and buckets of its own, so the rest of the suite is not disturbed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    static final String DATABASE = "lantoa_backup";
    /** Versioned, as production's bucket is (S3Proxy's in-memory store keeps versions). */
    static final String BUCKET = "lantoa-backup";
    /** The same moment for every rendering, so the PDFs' dates are equal. */
    static final LocalDateTime RENDERED_AT = LocalDateTime.of(2026, 9, 16, 10, 0);

    S3Client s3;

    @BeforeAll
    void buckets() {
        s3 = Backup.client(s3Environment(BUCKET));
        for (String bucket : List.of(BUCKET, BUCKET + "-live")) {
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                s3.createBucket(b -> b.bucket(bucket));
            }
        }
        s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    }

    @Test
    void aBackedUpInstallationWipedAndRestoredServesTheSameReportPdfArticlePageAndImage(@TempDir Path backups) throws Exception {
        TestServers.recreateDatabase(DATABASE);
        emptyBucket(BUCKET);
        Path backup = backups.resolve("2026-09-16");
        byte[] photo = Images.jpeg(640, 480);

        Rendered before;
        EmbeddedServer first = instance();
        try {
            before = populateAndRender(first, photo);
        } finally {
            first.getApplicationContext().close();
        }
        byte[] stored = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(before.imageKey())).asByteArray();
        assertThat(before.image()).isEqualTo(stored);
        Map<String, Long> rowsBefore = rowCounts(DATABASE);
        assertThat(rowsBefore).containsKeys("audit_event", "report", "article", "flyway_schema_history");
        assertThat(rowsBefore.get("audit_event")).isPositive();

        Run backedUp = script("backup.sh", DATABASE, BUCKET, backup.toString());
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        assertThat(backup.resolve("database.sql.gz")).isNotEmptyFile();
        assertThat(Files.readAllLines(backup.resolve("objects.tsv"))).as("recorded by version id, not copied")
                .anySatisfy(line -> assertThat(line).startsWith("version\t" + before.imageKey() + "\t").doesNotContain("\tnull\t"));
        assertThat(backup.resolve("objects")).doesNotExist();

        TestServers.recreateDatabase(DATABASE);
        emptyBucket(BUCKET);
        s3.putObject(b -> b.bucket(BUCKET).key(before.imageKey()), RequestBody.fromString("ghi đè sau khi sao lưu"));
        emptyBucket(BUCKET);
        assertThat(rowCounts(DATABASE)).isEmpty();
        assertThat(objects(BUCKET)).isEmpty();

        Run restored = script("restore.sh", DATABASE, BUCKET, backup.toString());
        assertThat(restored.exit()).as(restored.output()).isZero();
        assertThat(rowCounts(DATABASE)).isEqualTo(rowsBefore);
        assertThat(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(before.imageKey())).asByteArray()).isEqualTo(stored);

        EmbeddedServer second = instance();
        try {
            second.getApplicationContext().getBean(PageCache.class).invalidateAll();
            Rendered after = render(second, before);
            assertThat(after.pdf()).as("the report's PDF").isEqualTo(before.pdf());
            assertThat(new String(after.page(), StandardCharsets.UTF_8)).as("the article page").isEqualTo(new String(before.page(), StandardCharsets.UTF_8));
            assertThat(after.page()).isEqualTo(before.page());
            assertThat(after.image()).as("the article's image").isEqualTo(stored);
        } finally {
            second.getApplicationContext().close();
        }
    }

    @Test
    void restoreRefusesADatabaseThatHasTablesUnlessForced(@TempDir Path backups) throws Exception {
        String database = "lantoa_backup_refuse";
        TestServers.recreateDatabase(database);
        sql(database, "CREATE TABLE kept (id BIGINT PRIMARY KEY, note VARCHAR(50))", "INSERT INTO kept VALUES (1, 'sao lưu')");
        String key = "units/1/files/2026/bien-ban.pdf";
        byte[] minutes = "%PDF-1.4\n% biên bản họp\n".getBytes(StandardCharsets.UTF_8);
        s3.putObject(b -> b.bucket(BUCKET + "-live").key(key).contentType("application/pdf"), RequestBody.fromBytes(minutes));
        Path backup = backups.resolve("one");
        Run backedUp = script("backup.sh", database, BUCKET + "-live", backup.toString());
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        assertThat(backup.resolve("objects").resolve(key)).as("an unversioned bucket is copied").hasBinaryContent(minutes);
        s3.deleteObject(b -> b.bucket(BUCKET + "-live").key(key));
        sql(database, "INSERT INTO kept VALUES (2, 'viết sau khi sao lưu')", "CREATE TABLE later (id BIGINT PRIMARY KEY)");

        Run refused = script("restore.sh", database, BUCKET + "-live", backup.toString());

        assertThat(refused.exit()).as(refused.output()).isEqualTo(3);
        assertThat(refused.output()).contains("--force").contains(database);
        assertThat(rowCounts(database)).containsEntry("kept", 2L).containsEntry("later", 0L);

        Run forced = script("restore.sh", database, BUCKET + "-live", backup.toString(), "--force");

        assertThat(forced.exit()).as(forced.output()).isZero();
        assertThat(rowCounts(database)).isEqualTo(Map.of("kept", 1L));
        assertThat(query(database, "SELECT note FROM kept WHERE id = 1")).isEqualTo("sao lưu");
        var restoredObject = s3.getObjectAsBytes(b -> b.bucket(BUCKET + "-live").key(key));
        assertThat(restoredObject.asByteArray()).isEqualTo(minutes);
        assertThat(restoredObject.response().contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aBackupTakenWhileRowsAreWrittenHoldsEachParentWithAllItsChildrenOrNeither(@TempDir Path backups) throws Exception {
        String live = "lantoa_backup_live";
        String copy = "lantoa_backup_copy";
        TestServers.recreateDatabase(live);
        TestServers.recreateDatabase(copy);
        // Dumped in name order, the children come before their parents: a dump without one snapshot would hold parents
        // written while the children were being dumped without their children.
        sql(live, "CREATE TABLE probe_parent (id BIGINT AUTO_INCREMENT PRIMARY KEY, label VARCHAR(40) NOT NULL) ENGINE=InnoDB",
                "CREATE TABLE probe_child (id BIGINT AUTO_INCREMENT PRIMARY KEY, parent_id BIGINT NOT NULL, payload VARCHAR(200) NOT NULL,"
                        + " FOREIGN KEY (parent_id) REFERENCES probe_parent (id)) ENGINE=InnoDB",
                "INSERT INTO probe_parent (label) SELECT CONCAT('p', seq) FROM seq_1_to_40000",
                "INSERT INTO probe_child (parent_id, payload) SELECT p.id, REPEAT('dữ liệu ', 20) FROM probe_parent p, seq_1_to_5");
        long parentsBefore = Long.parseLong(query(live, "SELECT COUNT(*) FROM probe_parent"));

        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> writeFamilies(live, writing));
        Run backedUp;
        try {
            backedUp = script("backup.sh", live, BUCKET + "-live", backups.resolve("live").toString());
        } finally {
            writing.set(false);
        }
        long written = writer.get(1, TimeUnit.MINUTES);
        assertThat(backedUp.exit()).as(backedUp.output()).isZero();
        Run restored = script("restore.sh", copy, BUCKET + "-live", backups.resolve("live").toString());
        assertThat(restored.exit()).as(restored.output()).isZero();

        long parents = Long.parseLong(query(copy, "SELECT COUNT(*) FROM probe_parent"));
        assertThat(parents).as("families written during the dump (%d in all)", written).isGreaterThan(parentsBefore).isLessThan(parentsBefore + written);
        assertThat(query(copy, "SELECT COUNT(*) FROM probe_child c LEFT JOIN probe_parent p ON p.id = c.parent_id WHERE p.id IS NULL")).isEqualTo("0");
        assertThat(query(copy, "SELECT COUNT(*) FROM probe_parent p WHERE (SELECT COUNT(*) FROM probe_child c WHERE c.parent_id = p.id) <> 5"))
                .isEqualTo("0");
        assertThat(query(copy, "SELECT COUNT(*) FROM probe_child")).isEqualTo(Long.toString(parents * 5));
    }

    /** One parent and its five children per transaction, until told to stop; answers how many families it wrote. */
    private static long writeFamilies(String database, AtomicBoolean writing) {
        long families = 0;
        try (Connection c = connect(database)) {
            c.setAutoCommit(false);
            try (PreparedStatement parent = c.prepareStatement("INSERT INTO probe_parent (label) VALUES (?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement child = c.prepareStatement("INSERT INTO probe_child (parent_id, payload) VALUES (?, ?)")) {
                while (writing.get()) {
                    parent.setString(1, "live-" + families);
                    parent.executeUpdate();
                    long id;
                    try (ResultSet keys = parent.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (int i = 0; i < 5; i++) {
                        child.setLong(1, id);
                        child.setString(2, "con " + i);
                        child.executeUpdate();
                    }
                    c.commit();
                    families++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return families;
    }

    record Rendered(String pdfPath, String pagePath, String imagePath, String imageKey, String headEmail, byte[] pdf, byte[] page, byte[] image) {
    }

    /** The Fixtures world, an article with a photo on the school's site, a sent report, and the audit rows they leave. */
    private Rendered populateAndRender(EmbeddedServer server, byte[] photo) {
        ApplicationContext context = server.getApplicationContext();
        TestClock clock = context.getBean(TestClock.class);
        clock.runFrom(RENDERED_AT);
        Fixtures fixtures = context.getBean(Fixtures.class);
        Fixtures.World world = fixtures.world();

        Browser editor = new Browser(server.getURI()).signIn(world.editorA().email(), Fixtures.PASSWORD);
        editor.get("/admin/u/" + world.a().id() + "/articles/new");
        Page uploaded = editor.upload("/admin/u/" + world.a().id() + "/media/upload", "file", "le-khai-giang.jpg", photo, "image/jpeg", "*/*");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String imagePath = uploaded.body().replaceAll(".*\"location\":\"([^\"]+)\".*", "$1").replaceAll("\\?.*", "");
        Article article = fixtures.published(world, world.a().id(), ArticleKind.NEWS, "Lễ khai giảng năm học mới " + world.tag(),
                "<p>Sáng nay trường tổ chức lễ khai giảng.</p><p><img src=\"" + imagePath + "\" alt=\"Lễ khai giảng\"></p>");

        Obligation obligation = context.getBean(ReportingFixture.class).obligation(world, world.p().id(), "TYPE:SCHOOL", Recipient.PARENT,
                "DAY_OF_NEXT_MONTH:20", null, "", false);
        Browser head = new Browser(server.getURI()).signIn(world.headA().email(), Fixtures.PASSWORD);
        String period = YearMonth.from(clock.today()).toString();
        assertThat(ReportingTest.send(head, world.a().id(), obligation, period, ReportingTest.goodAnswers(), "submit").status()).isEqualTo(303);

        String unitSlug = query(DATABASE, "SELECT slug FROM unit WHERE id = " + world.a().id());
        String imageKey = "units/" + world.a().id() + "/files/" + imagePath.replaceAll("^/anh/\\d+/", "");
        Rendered paths = new Rendered(ReportingTest.fillUrl(world.a().id(), obligation, period) + "/pdf", "/" + unitSlug + "/tin/" + article.slug(),
                imagePath, imageKey, world.headA().email(), null, null, null);
        return render(server, paths);
    }

    private static Rendered render(EmbeddedServer server, Rendered paths) {
        server.getApplicationContext().getBean(TestClock.class).freezeAt(RENDERED_AT.plusHours(1));
        Page pdf = new Browser(server.getURI()).signIn(paths.headEmail(), Fixtures.PASSWORD).get(paths.pdfPath(), "*/*");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        Page page = new Browser(server.getURI()).get(paths.pagePath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.doc().select("img").eachAttr("src")).anySatisfy(src -> assertThat(src).startsWith(paths.imagePath()));
        Page image = new Browser(server.getURI()).get(paths.imagePath());
        assertThat(image.status()).isEqualTo(200);
        return new Rendered(paths.pdfPath(), paths.pagePath(), paths.imagePath(), paths.imageKey(), paths.headEmail(), pdf.bytes(), page.bytes(), image.bytes());
    }

    /** A Lantoa instance of its own on the rehearsal's database and bucket. */
    private static EmbeddedServer instance() {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "datasources.default.url", TestServers.jdbcUrl(DATABASE), "lantoa.storage.bucket", BUCKET), "test");
        assertThat(server.getApplicationContext().getProperty("lantoa.storage.bucket", String.class)).contains(BUCKET);
        return server;
    }

    record Run(int exit, String output) {
    }

    /** Runs infra/backup/&lt;name&gt; with bash, with the environment an operator gives it: Lantoa's own variables. */
    private static Run script(String name, String database, String bucket, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", repository().resolve("infra/backup/" + name).toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(s3Environment(bucket));
        env.put("DATASOURCE_URL", TestServers.jdbcUrl(database));
        env.put("DATASOURCE_USERNAME", TestServers.dbUser());
        env.put("DATASOURCE_PASSWORD", TestServers.dbPassword());
        // The production jar is built after the tests; the test run's classpath holds the same classes.
        env.put("LANTOA_CLASSPATH", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("BACKUP_JAVA_OPTS", "-Xmx128m -XX:TieredStopAtLevel=1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static Map<String, String> s3Environment(String bucket) {
        return Map.of("S3_ENDPOINT", System.getProperty("lantoa.storage.endpoint"), "S3_ACCESS_KEY", System.getProperty("lantoa.storage.access-key"),
                "S3_SECRET_KEY", System.getProperty("lantoa.storage.secret-key"), "S3_PATH_STYLE", "true", "S3_REGION", "us-east-1", "S3_BUCKET", bucket);
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("infra/backup"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private List<String> objects(String bucket) {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList();
    }

    private void emptyBucket(String bucket) {
        for (String key : objects(bucket)) {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        }
    }

    /** Every table of the database with its number of rows. */
    private static Map<String, Long> rowCounts(String database) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private static void sql(String database, String... statements) {
        try (Connection c = connect(database); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String query(String database, String select) {
        try (Connection c = connect(database); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(select)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(TestServers.jdbcUrl(database), TestServers.dbUser(), TestServers.dbPassword());
    }
}
