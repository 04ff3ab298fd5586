package vn.lantoa.platform.upgrade;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import vn.lantoa.testing.TestServers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A rolling upgrade, replayed on a throwaway database: the schema of the previous release (the snapshot's migrations),
 * then each newer migration one at a time, as Flyway applies them at the first new instance's start. After each step
 * every statement of the previous release must still prepare, and the migration must only expand ({@link ExpandOnly}).
 */
final class UpgradeCheck {

    /** A statement of the previous release that a migration broke, or a migration that breaks the rule. */
    record Breakage(String migration, String what) {
        @Override
        public String toString() {
            return migration + ": " + what;
        }
    }

    private final String database;
    private final ReleaseQueries previous;

    UpgradeCheck(String database, ReleaseQueries previous) {
        this.database = database;
        this.previous = previous;
    }

    /**
     * Replays the upgrade from the previous release's schema through {@code newer} (migrations that are not in the
     * snapshot, in the order Flyway applies them) and returns what broke.
     */
    List<Breakage> run(List<Migration> all, List<Migration> newer) throws IOException, SQLException {
        TestServers.recreateDatabase(database);
        Path folder = Files.createTempDirectory("lantoa-upgrade");
        try {
            List<JavaMigration> java = new ArrayList<>();
            for (Migration m : all) {
                if (previous.schema().contains(m.version())) {
                    add(m, folder, java);
                }
            }
            migrate(folder, java);
            List<Breakage> broken = new ArrayList<>();
            List<ReleaseQueries.Statement> working = new ArrayList<>(previous.statements());
            prepareAll(working, "the previous release's own schema (regenerate the snapshot)", broken);
            for (Migration m : newer) {
                try (Connection c = connection()) {
                    ExpandOnly.violations(m.name(), m.text(), previous.statements(), (table, column) -> nullable(c, table, column))
                            .forEach(v -> broken.add(new Breakage(m.name(), v)));
                }
                add(m, folder, java);
                migrate(folder, java);
                prepareAll(working, m.name(), broken);
            }
            return broken;
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    /** The migrations of {@code all} the snapshot does not have, in Flyway's order. */
    static List<Migration> newer(List<Migration> all, Set<String> schema) {
        return all.stream().filter(m -> !schema.contains(m.version())).toList();
    }

    private void prepareAll(List<ReleaseQueries.Statement> working, String step, List<Breakage> broken) throws SQLException {
        try (Preparer preparer = new Preparer(connection())) {
            for (var it = working.iterator(); it.hasNext(); ) {
                ReleaseQueries.Statement s = it.next();
                Optional<String> error = preparer.prepare(s.sql());
                if (error.isPresent()) {
                    broken.add(new Breakage(step, "the previous release's " + s.key() + " no longer prepares: " + error.get()
                            + "\n    " + s.sql()));
                    it.remove();
                }
            }
        }
    }

    private static void add(Migration m, Path folder, List<JavaMigration> java) throws IOException {
        if (m.java()) {
            java.add(m.instance());
        } else {
            Files.copy(m.file(), folder.resolve(m.name()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flyway as the application runs it, except that a lower-numbered migration merged late is applied (outOfOrder). */
    private void migrate(Path folder, List<JavaMigration> java) {
        Flyway.configure()
                .dataSource(TestServers.jdbcUrl(database), TestServers.dbUser(), TestServers.dbPassword())
                .locations("filesystem:" + folder)
                .javaMigrations(java.toArray(JavaMigration[]::new))
                .outOfOrder(true)
                .load()
                .migrate();
    }

    private static boolean nullable(Connection c, String table, String column) {
        try (PreparedStatement ps = c.prepareStatement("SELECT is_nullable FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ? AND column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() || "YES".equals(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(TestServers.jdbcUrl(database), TestServers.dbUser(), TestServers.dbPassword());
    }
}
