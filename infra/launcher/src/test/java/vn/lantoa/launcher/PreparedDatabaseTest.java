package vn.lantoa.launcher;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.embedded.EmbeddedMariaDb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The database prepared at build time, as the build makes it and a first start copies it (a real MariaDB). */
class PreparedDatabaseTest {

    @TempDir
    static Path target;

    @BeforeAll
    static void prepare() throws Exception {
        PreparedDatabase.main(new String[] {target.toString()});
    }

    @Test
    void aFirstStartCopiesTheMigratedDatabaseAndFlywayFindsNothingLeftToRun(@TempDir Path dataDir) throws Exception {
        Path template = PreparedDatabase.find(target.resolve(PreparedDatabase.FOLDER)).orElseThrow();
        // A copy cut short by a kill leaves the system schema under its temporary name: it is made again.
        Files.createDirectories(dataDir.resolve("mysql.copying"));
        Files.writeString(dataDir.resolve("mysql.copying/half-written.frm"), "x");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(EmbeddedMariaDb.sharedBinaries(), dataDir, 0, () -> Optional.of(template))) {
            MigrateResult result = Flyway.configure().dataSource(db.jdbcUrl("lantoa"), db.username(), db.password())
                    .locations("classpath:db/migration").load().migrate();
            assertThat(result.migrationsExecuted).isZero();
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl("lantoa"), db.username(), db.password());
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO shedlock (name, lock_until, locked_by) VALUES ('prepared', NOW(3), 'test')");
                try (ResultSet rows = statement.executeQuery("SELECT locked_by FROM shedlock WHERE name = 'prepared'")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("test");
                }
            }
        }
        assertThat(dataDir.resolve("mysql.copying")).doesNotExist();
        assertThat(template.resolve("lantoa")).isDirectory();
    }

    @Test
    void aPreparedDatabaseMadeForOtherMigrationsIsNotUsed(@TempDir Path other) throws Exception {
        Path folder = other.resolve(PreparedDatabase.FOLDER);
        Files.createDirectories(folder.resolve("data/mysql"));
        Files.writeString(folder.resolve("stamp"), "made-for-another-build", StandardCharsets.US_ASCII);

        assertThat(PreparedDatabase.find(folder)).isEmpty();
        assertThat(PreparedDatabase.find(target.resolve(PreparedDatabase.FOLDER))).isPresent();
    }

    @Test
    void aBuildWithTheSameMigrationsLeavesThePreparedDatabaseAsItIs() throws Exception {
        Path stamp = target.resolve(PreparedDatabase.FOLDER).resolve("stamp");
        FileTime made = Files.getLastModifiedTime(stamp);

        PreparedDatabase.main(new String[] {target.toString()});

        assertThat(Files.getLastModifiedTime(stamp)).isEqualTo(made);
    }
}
