package vn.lantoa.platform.jdbc;

import io.micronaut.context.BeanContext;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A restart against a database this build has already migrated does not start Flyway, which costs about 0.4 s of a
 * 2-core start (its configuration, its scan, its validation) to find nothing to do. Flyway is left off only when its
 * history holds exactly this build's migrations, each applied successfully with the script name and checksum Flyway
 * would record ({@link BuildMigrations}): a new or changed migration, a failed one, a database restored from an older
 * dump or one with migrations this build does not know all leave the decision to Flyway, as does any error here.
 * Runs before micronaut-flyway's own listener on the same data source.
 */
@Singleton
class UpToDateSchema implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(UpToDateSchema.class);

    private final BeanContext context;

    UpToDateSchema(BeanContext context) {
        this.context = context;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        String name = event.getBeanIdentifier().getName();
        Optional<FlywayConfigurationProperties> flyway = context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name));
        if (flyway.isEmpty() || !flyway.get().isEnabled() || flyway.get().hasAlternativeDatabaseConfiguration()) {
            return event.getBean();
        }
        FluentConfiguration configuration = flyway.get().getFluentConfiguration();
        Location[] locations = configuration.getLocations();
        if (locations.length != 1 || !locations[0].isClassPath()) {
            return event.getBean();
        }
        OptionalInt migrations = upToDate(event.getBean(), locations[0], configuration.getTable(), getClass().getClassLoader());
        if (migrations.isPresent()) {
            flyway.get().setEnabled(false);
            LOG.info("Database schema already has this build's {} migrations: Flyway not run", migrations.getAsInt());
        }
        return event.getBean();
    }

    /** The number of migrations when the history holds exactly those of the location, each applied; otherwise empty. */
    static OptionalInt upToDate(DataSource dataSource, Location location, String table, ClassLoader loader) {
        try {
            Optional<Map<MigrationVersion, BuildMigrations.Applied>> built = BuildMigrations.in(location.getPath(), loader);
            if (built.isPresent() && built.get().equals(applied(dataSource, table))) {
                return OptionalInt.of(built.get().size());
            }
        } catch (IOException | SQLException | RuntimeException e) {
            // No history table yet (a new database), or anything unexpected: Flyway decides, as without this check.
            LOG.debug("Leaving the schema to Flyway: {}", e.getMessage());
        }
        return OptionalInt.empty();
    }

    /** The history's successful versioned migrations; a failed or repeatable one makes the result differ from any build. */
    private static Map<MigrationVersion, BuildMigrations.Applied> applied(DataSource dataSource, String table) throws SQLException {
        Map<MigrationVersion, BuildMigrations.Applied> applied = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, script, checksum, success FROM `" + table.replace("`", "") + "`")) {
            while (rows.next()) {
                String version = rows.getString(1);
                int checksum = rows.getInt(3);
                Integer recorded = rows.wasNull() ? null : checksum;
                if (version == null || !rows.getBoolean(4)) {
                    return Map.of();   // a repeatable or failed migration: no build's list is ever empty
                }
                applied.put(MigrationVersion.fromVersion(version), new BuildMigrations.Applied(rows.getString(2), recorded));
            }
        }
        return applied;
    }

    @Override
    public int getOrder() {
        // Before DataSourceMigrationRunner, which reads the same FlywayConfigurationProperties when this data source is created.
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
