package vn.lantoa.platform.upgrade;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling upgrade keeps instances of the previous release serving while the first new instance migrates the
 * database: every statement the previous release sends (its snapshot, infra/upgrade/release-queries.sql) must still
 * prepare after each migration added since, and those migrations may only expand (infra/UPGRADES.md).
 */
class UpgradeCompatibilityTest {

    private static UpgradeCheck check;
    private static List<UpgradeCheck.Breakage> broken;

    /** The upgrade from the previous release to the current migrations, replayed once for the tests of this class. */
    private static synchronized List<UpgradeCheck.Breakage> upgraded() throws Exception {
        if (check == null) {
            ReleaseQueries previous = ReleaseQueries.read(ReleaseQueries.inRepository());
            List<Migration> all = Migration.ofApplication();
            check = new UpgradeCheck("lantoa_upgrade", previous);
            broken = new ArrayList<>(check.start(all));
            for (Migration m : UpgradeCheck.newer(all, previous.schema())) {
                broken.addAll(check.step(m));
            }
        }
        return broken;
    }

    @Test
    void thePreviousReleasesStatementsStillPrepareAfterEachMigrationAddedSinceAndThoseMigrationsOnlyExpand() throws Exception {
        ReleaseQueries previous = ReleaseQueries.read(ReleaseQueries.inRepository());

        List<UpgradeCheck.Breakage> found = upgraded();

        assertThat(previous.statements()).as("statements in the snapshot").hasSizeGreaterThan(300);
        assertThat(found).as("what the migrations since release %s break for its instances still running", previous.release()).isEmpty();
    }

    @Test
    void migrationsAddedSinceThePreviousReleaseAreNumberedAfterAllOfItsOwn() throws Exception {
        ReleaseQueries previous = ReleaseQueries.read(ReleaseQueries.inRepository());
        List<Migration> all = Migration.ofApplication();
        MigrationVersion last = all.stream().filter(m -> previous.schema().contains(m.version())).map(Migration::flywayVersion)
                .max(Comparator.naturalOrder()).orElseThrow();

        // Flyway refuses to start on a database where a higher version is applied and a lower one is not (no outOfOrder).
        assertThat(UpgradeCheck.newer(all, previous.schema())).as("migrations numbered below V%s, the previous release's last", last)
                .allSatisfy(m -> assertThat(m.flywayVersion()).as(m.name()).isGreaterThan(last));
    }

    @Test
    void aMigrationThatRenamesAColumnThePreviousReleaseReadsFailsTheCheckNamingTheStatementAndTheMigration() throws Exception {
        upgraded();
        Migration fixture = Migration.in(Migration.classpathFolder("upgrade-fixture")).get(0);
        String name = "V9001__fixture_renames_a_column_the_previous_release_reads.sql";

        // On top of the replayed upgrade, as the next migration a branch might add (the other tests have their result).
        List<UpgradeCheck.Breakage> broken = check.step(fixture);

        assertThat(broken).isNotEmpty().allSatisfy(b -> assertThat(b.migration()).isEqualTo(name));
        assertThat(broken).map(UpgradeCheck.Breakage::toString)
                .anySatisfy(b -> assertThat(b).contains("renaming column webhook_subscription.url is a contract step"))
                .anySatisfy(b -> assertThat(b).contains("vn.lantoa.webhook.WebhookRepository#update(", "no longer prepares",
                        "Unknown column 'url'", "UPDATE webhook_subscription SET url = ?"));
    }

    @Test
    void theRuleAllowsExpandingAndAsksForAContractStepForDropsRenamesAndNotNullWithoutDefault() {
        List<ReleaseQueries.Statement> previous = List.of(
                new ReleaseQueries.Statement("a.ArticleRepository#find(long)", "SELECT title, body FROM article WHERE id = ?"));
        List<String> expanding = new ArrayList<>();
        for (String sql : List.of(
                "CREATE TABLE tag (id BIGINT NOT NULL PRIMARY KEY)",
                "ALTER TABLE article ADD COLUMN summary VARCHAR(300) NULL, ADD INDEX ix_article_summary (summary)",
                "ALTER TABLE article ADD COLUMN views BIGINT NOT NULL DEFAULT 0",
                "ALTER TABLE article DROP INDEX ix_old, DROP FOREIGN KEY fk_old",
                "ALTER TABLE article MODIFY title VARCHAR(400) NOT NULL",
                "CREATE INDEX ix_article_title ON article (title)")) {
            expanding.addAll(ExpandOnly.violations("V1__x.sql", sql, previous, (table, column) -> false));
        }

        assertThat(expanding).isEmpty();
        assertThat(ExpandOnly.violations("V2__x.sql", "ALTER TABLE article DROP COLUMN body;\nDROP TABLE IF EXISTS legacy;\n"
                + "RENAME TABLE tag TO label;\nALTER TABLE article CHANGE title heading VARCHAR(300), ADD author BIGINT NOT NULL;\n"
                + "ALTER TABLE article MODIFY COLUMN summary VARCHAR(300) NOT NULL", previous, (table, column) -> true))
                .hasSize(6).allSatisfy(v -> assertThat(v).startsWith("V2__x.sql: ").contains("contract step"));
        assertThat(ExpandOnly.violations("V3__x.sql", "-- contract: 1.4\nALTER TABLE article DROP COLUMN body, DROP COLUMN legacy_flag",
                previous, (table, column) -> true))
                .containsExactly("V3__x.sql: dropping column article.body is marked as a contract step, but the previous release still uses it "
                        + "(a.ArticleRepository#find(long))");
    }
}
