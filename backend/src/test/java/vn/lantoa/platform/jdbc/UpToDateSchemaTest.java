package vn.lantoa.platform.jdbc;

import com.mysql.cj.jdbc.MysqlDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.flyway.event.MigrationFinishedEvent;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.TestServers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway is left off only for a database whose history holds exactly this build's migrations, each applied: a database
 * short of one, one whose applied script changed, one with a failed migration, and one with a migration this build does
 * not know all go to Flyway; and a restart of the application on an up-to-date database does not run it.
 */
class UpToDateSchemaTest {

    static final String DATABASE = "lantoa_uptodate_test";
    static final Location MIGRATIONS = new Location("classpath:db/migration");
    static MysqlDataSource dataSource;

    @BeforeAll
    static void aFreshDatabase() {
        TestServers.startOnce();
        TestServers.recreateDatabase(DATABASE);
        dataSource = new MysqlDataSource();
        dataSource.setUrl(TestServers.jdbcUrl(DATABASE));
        dataSource.setUser(TestServers.dbUser());
        dataSource.setPassword(TestServers.dbPassword());
    }

    @Test
    void onlyADatabaseWithExactlyThisBuildsMigrationsAppliedIsLeftAsItIs() throws Exception {
        assertThat(check()).as("no history yet").isEmpty();
        flyway("32").migrate();
        assertThat(check()).as("short of the later migrations").isEmpty();
        flyway(null).migrate();
        long files = countMigrationFiles();
        assertThat(check()).as("every migration applied").hasValue((int) files);

        sql("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '10'");
        assertThat(check()).as("an applied script that changed since").isEmpty();
        sql("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '10'");
        assertThat(check()).hasValue((int) files);

        sql("UPDATE flyway_schema_history SET success = 0 WHERE version = '10'");
        assertThat(check()).as("a failed migration").isEmpty();
        sql("UPDATE flyway_schema_history SET success = 1 WHERE version = '10'");

        sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                + "VALUES (9999, '9999', 'from a newer build', 'SQL', 'V9999__from_a_newer_build.sql', 1, 'root', 1, 1)");
        assertThat(check()).as("a migration this build does not have").isEmpty();
        sql("DELETE FROM flyway_schema_history WHERE installed_rank = 9999");
        assertThat(check()).hasValue((int) files);
    }

    @Test
    void aRestartOnAnUpToDateDatabaseDoesNotRunFlyway() {
        // The first start brings the test database up to date if an earlier test has not; a restart finds nothing to do.
        assertThat(migrationsRunOnStart()).isLessThanOrEqualTo(1);
        assertThat(migrationsRunOnStart()).as("Flyway runs on the restart").isZero();
    }

    /** Starts the application's context and counts the migrations micronaut-flyway ran (its MigrationFinishedEvent). */
    private static int migrationsRunOnStart() {
        Migrations migrations = new Migrations();
        try (ApplicationContext context = ApplicationContext.builder("test").build()) {
            context.registerSingleton(migrations);
            context.start();
            context.getBean(javax.sql.DataSource.class);
        }
        return migrations.finished.get();
    }

    static final class Migrations implements ApplicationEventListener<MigrationFinishedEvent> {
        final AtomicInteger finished = new AtomicInteger();

        @Override
        public void onApplicationEvent(MigrationFinishedEvent event) {
            finished.incrementAndGet();
        }
    }

    private static OptionalInt check() {
        return UpToDateSchema.upToDate(dataSource, MIGRATIONS, "flyway_schema_history", UpToDateSchemaTest.class.getClassLoader());
    }

    private static Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS);
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static long countMigrationFiles() throws Exception {
        Path folder = Path.of(UpToDateSchemaTest.class.getClassLoader().getResource("db/migration").toURI());
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.(sql|class)") && !n.contains("$")).count();
        }
    }

    private static void sql(String statement) throws Exception {
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
