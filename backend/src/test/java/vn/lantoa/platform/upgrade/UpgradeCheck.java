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
    private final List<ReleaseQueries.Statement> working;
    private final List<JavaMigration> java = new ArrayList<>();
    private Path folder;

    UpgradeCheck(String database, ReleaseQueries previous) {
        this.database = database;
        this.previous = previous;
        this.working = new ArrayList<>(previous.statements());
    }

    /**
     * Builds the previous release's schema (the snapshot's migrations among {@code all}) in a new database, and
     * returns what of the snapshot does not prepare even there (nothing, unless the snapshot is stale).
     */
    List<Breakage> start(List<Migration> all) throws IOException, SQLException {
        TestServers.recreateDatabase(database);
        folder = Path.of("target", "upgrade-check", database).toAbsolutePath();
        if (Files.exists(folder)) {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(folder);
        for (Migration m : all) {
            if (previous.schema().contains(m.version())) {
                add(m);
            }
        }
        migrate();
        List<Breakage> broken = new ArrayList<>();
        prepareAll("the previous release's own schema (regenerate the snapshot)", broken);
        return broken;
    }

    /**
     * Applies one more migration, as Flyway does at the first new instance's start, and returns what it breaks: the
     * rule's objections to its text, and the previous release's statements that no longer prepare after it.
     */
    List<Breakage> step(Migration m) throws IOException, SQLException {
        List<Breakage> broken = new ArrayList<>();
        try (Connection c = connection()) {
            ExpandOnly.violations(m.name(), m.text(), previous.statements(), (table, column) -> nullable(c, table, column))
                    .forEach(v -> broken.add(new Breakage(m.name(), v.substring(m.name().length() + 2))));
        }
        add(m);
        migrate();
        prepareAll(m.name(), broken);
        return broken;
    }

    /** The migrations of {@code all} the snapshot does not have, in Flyway's order. */
    static List<Migration> newer(List<Migration> all, Set<String> schema) {
        return all.stream().filter(m -> !schema.contains(m.version())).toList();
    }

    /** Prepares the statements that still worked after the last step; one that fails is reported once. */
    private void prepareAll(String step, List<Breakage> broken) throws SQLException {
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

    private void add(Migration m) throws IOException {
        if (m.java()) {
            java.add(m.instance());
        } else {
            Files.copy(m.file(), folder.resolve(m.name()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flyway as the application runs it, except that a lower-numbered migration merged late is applied (outOfOrder). */
    private void migrate() {
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
