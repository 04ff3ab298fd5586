package vn.lantoa.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lantoa.embedded.EmbeddedMariaDb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the launcher's build left for a first start (its package phase ran the built launcher once, which wrote the demo
 * and stopped; this module builds after it): read here on a copy, with a real MariaDB, as a first start would start on
 * it. How a first start decides to copy it is PreparedFirstStartTest's, in the launcher.
 */
class PreparedFirstStartBuildTest {

    private static final Path PREPARED = Path.of(System.getProperty("lantoa.first-start", "../launcher/target/first-start")).toAbsolutePath();

    @Test
    void theBuildWroteTheWholeDemoThroughLantoaWithItsMailStillToSendAndEveryStoredFileItNames(@TempDir Path copy) throws Exception {
        Path data = PREPARED.resolve("data");
        assertThat(PREPARED.resolve("stamp")).isRegularFile();
        Path dataDir = copy.resolve("mariadb/data");

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(EmbeddedMariaDb.sharedBinaries(), dataDir, 0, () -> Optional.of(data.resolve("mariadb/data")));
             Connection connection = DriverManager.getConnection(db.jdbcUrl("lantoa"), db.username(), db.password());
             Statement sql = connection.createStatement()) {
            // Every migration applied, none failed: Flyway validates the same history at the first start.
            assertThat(strings(sql, "SELECT DISTINCT success FROM flyway_schema_history")).containsExactly("1");
            assertThat(strings(sql, "SELECT short_name FROM unit WHERE parent_id IS NULL")).containsExactly("Bộ GDĐT");
            assertThat(strings(sql, "SELECT COUNT(*) FROM unit")).first().satisfies(n -> assertThat(Integer.parseInt(n)).isGreaterThan(20));
            assertThat(strings(sql, "SELECT email FROM app_user WHERE email = 'hieutruong.thcstanmai@hanoi.edu.vn'")).hasSize(1);
            // The build's run sends nothing: the demo's mail goes out at the first start, to that start's outbox.
            assertThat(strings(sql, "SELECT DISTINCT status FROM mail_outbox")).containsExactly("PENDING");
            for (String key : strings(sql, "SELECT object_key FROM stored_file")) {
                assertThat(data.resolve("s3/lantoa").resolve(key)).as(key).isRegularFile();
            }
        }
        try (Stream<Path> archives = Files.list(data.resolve("cache"))) {
            assertThat(archives.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList())
                    .singleElement().satisfies(archive -> assertThat(Files.size(archive)).isGreaterThan(50_000_000L));
        }
    }

    private static List<String> strings(Statement sql, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
