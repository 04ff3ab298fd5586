package vn.lantoa.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.embedded.EmbeddedMariaDb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start prepared by the build, as a first start finds and copies it: a real MariaDB on the copy. The folder
 * here is made as the build's run leaves it (a database with a row standing for the demo, a stored file, a class
 * archive), next to a jar and lib folder standing for the launcher's; the build itself runs the launcher for real.
 */
class PreparedFirstStartTest {

    private static final LocalDate BUILD_DAY = LocalDate.of(2026, 12, 5);
    private static final String BASE_URL = PreparedFirstStart.BASE_URL;

    @TempDir
    static Path target;
    static Path jar;
    static Path folder;

    @BeforeAll
    static void prepare() throws Exception {
        PreparedDatabase.main(new String[] {target.toString()});
        jar = Files.writeString(target.resolve("lantoa-launcher.jar"), "the launcher");
        Files.createDirectories(target.resolve("lib"));
        Files.writeString(target.resolve("lib/lantoa-backend.jar"), "Lantoa");
        folder = target.resolve(PreparedFirstStart.FOLDER);
        Path data = folder.resolve("data");
        Path template = PreparedDatabase.find(target.resolve(PreparedDatabase.FOLDER)).orElseThrow();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(EmbeddedMariaDb.sharedBinaries(), data.resolve("mariadb/data"), 0, () -> Optional.of(template))) {
            execute(db, "CREATE TABLE lantoa.demo_written (what VARCHAR(40))", "INSERT INTO lantoa.demo_written VALUES ('Sở GDĐT Hà Nội')");
        }
        Files.createDirectories(data.resolve("s3/lantoa/units/3/files"));
        Files.writeString(data.resolve("s3/lantoa/units/3/files/ke-hoach.pdf"), "%PDF-1.7");
        Files.createDirectories(data.resolve("cache"));
        Files.writeString(data.resolve("cache/lantoa-classes-0123456789abcdef.jsa"), "written by the build's JVM at exit");
        Files.writeString(data.resolve("jwt-secret"), "the build's own secret");
        Files.writeString(folder.resolve("stamp"), PreparedFirstStart.stamp(jar, BUILD_DAY, BASE_URL), StandardCharsets.UTF_8);
    }

    @Test
    void aFirstStartOnTheDayOfTheBuildStartsOnACopyOfItsDemoAndStoredFiles(@TempDir Path dataDir, @TempDir Path next) throws Exception {
        Optional<Path> database = PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY, BASE_URL), dataDir);

        assertThat(database).contains(folder.resolve("data/mariadb/data"));
        assertThat(dataDir.resolve("s3/lantoa/units/3/files/ke-hoach.pdf")).hasContent("%PDF-1.7");
        assertThat(dataDir.resolve("jwt-secret")).doesNotExist();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(EmbeddedMariaDb.sharedBinaries(), dataDir.resolve("mariadb/data"), 0, () -> database)) {
            assertThat(query(db, "SELECT what FROM lantoa.demo_written")).containsExactly("Sở GDĐT Hà Nội");
            execute(db, "INSERT INTO lantoa.demo_written VALUES ('written after the copy')");
        }
        PreparedFirstStart.finished(dataDir);

        assertThat(dataDir.resolve("first-start.copying")).doesNotExist();
        assertThat(PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY, BASE_URL), dataDir)).isEmpty();
        // What the first copy wrote stayed in it: the next first start gets the build's demo as it was.
        Optional<Path> again = PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY, BASE_URL), next);
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(EmbeddedMariaDb.sharedBinaries(), next.resolve("mariadb/data"), 0, () -> again)) {
            assertThat(query(db, "SELECT what FROM lantoa.demo_written")).containsExactly("Sở GDĐT Hà Nội");
        }
    }

    @Test
    void aFirstStartOnAnotherDayOrAtAnotherAddressOrWithAnotherBuildWritesItsOwnDemo(@TempDir Path dataDir) throws Exception {
        assertThat(PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY.plusDays(1), BASE_URL), dataDir)).isEmpty();
        assertThat(PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY, "https://lantoa.hanoi.edu.vn"), dataDir)).isEmpty();
        Path otherBuild = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-other.jar"), "another launcher");
        assertThat(PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(otherBuild, BUILD_DAY, BASE_URL), dataDir)).isEmpty();

        assertThat(dataDir.resolve("s3")).doesNotExist();
        assertThat(dataDir.resolve("mariadb")).doesNotExist();
    }

    @Test
    void theDayIsVietnamsForTheDemoIsDatedFromItsDay() throws Exception {
        // 17:30 UTC on 4 December is already 5 December in Hà Nội.
        Clock evening = Clock.fixed(Instant.parse("2026-12-04T17:30:00Z"), ZoneOffset.UTC);

        assertThat(PreparedFirstStart.today(evening)).isEqualTo(BUILD_DAY);
    }

    @Test
    void aDataFolderThatHasItsDatabaseKeepsIt(@TempDir Path dataDir) throws Exception {
        Files.createDirectories(dataDir.resolve("mariadb/data/mysql"));

        assertThat(PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY, BASE_URL), dataDir)).isEmpty();
        assertThat(dataDir.resolve("s3")).doesNotExist();
    }

    @Test
    void aCopyCutShortIsRemovedBeforeTheStartDecidesAgain(@TempDir Path dataDir) throws Exception {
        PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY, BASE_URL), dataDir).orElseThrow();
        Files.createDirectories(dataDir.resolve("mariadb/data/lantoa"));
        Files.writeString(dataDir.resolve("mariadb/data/lantoa/half-copied.ibd"), "x");

        // Killed before MariaDB started on the copy; the next start is on another day and writes its own demo.
        assertThat(PreparedFirstStart.begin(folder, PreparedFirstStart.stamp(jar, BUILD_DAY.plusDays(1), BASE_URL), dataDir)).isEmpty();

        assertThat(dataDir.resolve("mariadb/data")).doesNotExist();
        assertThat(dataDir.resolve("s3")).doesNotExist();
        assertThat(dataDir.resolve("first-start.copying")).doesNotExist();
    }

    @Test
    void theBuildsClassArchiveIsMappedFromWhereItIsWhenTheDataFolderHasNone(@TempDir Path dataDir) throws Exception {
        Path built = folder.resolve("data/cache");
        String name = ChildJvm.classSharing(dataDir, List.of(), Optional.empty(), "the build's class path").get(0).replaceAll(".*/", "");
        Files.writeString(built.resolve(name), "written by the build's JVM at exit");

        List<String> flags = ChildJvm.classSharing(dataDir, List.of(), Optional.of(built), "the build's class path");

        assertThat(flags).contains("-XX:SharedArchiveFile=" + built.resolve(name));
        assertThat(dataDir.resolve("cache").resolve(name)).doesNotExist();
        Files.delete(built.resolve(name));
    }

    private static void execute(EmbeddedMariaDb db, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("lantoa"), db.username(), db.password());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedMariaDb db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("lantoa"), db.username(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
