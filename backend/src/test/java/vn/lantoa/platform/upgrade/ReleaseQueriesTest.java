package vn.lantoa.platform.upgrade;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lantoa.platform.jdbc.TextStatements;
import vn.lantoa.testing.TestServers;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot of the statements this release sends (infra/upgrade/release-queries.sql). When a release is cut, and
 * after merging branches that add migrations or queries, rewrite it with
 * {@code mvn -B -o -q -pl backend -am verify -Dtest=ReleaseQueriesTest -Dlantoa.release.write=true -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}
 * (optionally {@code -Dlantoa.release.name=1.2.0}); {@link UpgradeCompatibilityTest} then holds every later migration to it.
 */
@MicronautTest(startApplication = false, transactional = false)
class ReleaseQueriesTest {

    @Inject
    ApplicationContext context;
    @Inject
    DataSource dataSource;  // created, so Flyway has migrated the test database to the current schema

    @Test
    void everyStatementTheRepositoriesSendPreparesOnTheCurrentSchemaAndIsWrittenToTheSnapshotOnRequest() throws Exception {
        List<ReleaseQueries.Statement> repositories = CurrentQueries.ofRepositories(context);
        List<ReleaseQueries.Statement> constants = CurrentQueries.ofConstants(classes());
        List<String> broken = new ArrayList<>();
        List<ReleaseQueries.Statement> statements = new ArrayList<>();
        try (Preparer preparer = new Preparer(DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword()))) {
            for (ReleaseQueries.Statement s : repositories) {
                preparer.prepare(s.sql()).ifPresentOrElse(e -> broken.add(s.key() + ": " + e + "\n    " + s.sql()), () -> statements.add(s));
            }
            // Constants that do not prepare are pieces of statements assembled at run time: only whole ones are kept.
            constants.stream().filter(s -> preparer.prepare(s.sql()).isEmpty()).forEach(statements::add);
        }

        assertThat(repositories).as("repository statements found in the annotation metadata").hasSizeGreaterThan(300);
        assertThat(broken).as("repository statements that do not prepare on the current schema").isEmpty();
        if (Boolean.getBoolean("lantoa.release.write")) {
            Set<String> schema = new LinkedHashSet<>();
            Migration.ofApplication().forEach(m -> schema.add(m.version()));
            String last = schema.stream().reduce((first, second) -> second).orElse("0");
            String release = System.getProperty("lantoa.release.name", "unreleased (migrations up to V" + last + ")");
            new ReleaseQueries(release, schema, statements).write(ReleaseQueries.inRepository());
        }
    }

    private static Path classes() throws Exception {
        return Path.of(TextStatements.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
