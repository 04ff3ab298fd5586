package vn.lantoa.platform.jdbc;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * The Connector/J settings HikariCP recommends for MySQL, whatever the URL says: prepared statements parsed once and
 * kept on the server, and no round trip for session state the driver already knows. (Set here rather than in
 * application.yml, whose keys Micronaut would turn into kebab case, which the driver does not understand.)
 */
@Singleton
class ConnectorTuning implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> PROPERTIES = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "useServerPrepStmts", "true",
            "useLocalSessionState", "true",
            "cacheResultSetMetadata", "true",
            "cacheServerConfiguration", "true",
            "elideSetAutoCommits", "true",
            "maintainTimeStats", "false",
            // Lantoa exports no traces, but the embedded S3 (s3proxy) brings the OpenTelemetry API onto the default run's
            // class path, and the driver then opens a (no-op) span around every statement: 2 to 3% of a public form
            // submission's CPU on an exam-day rush.
            "openTelemetry", "DISABLED");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        PROPERTIES.forEach((name, value) -> {
            if (!configuration.getDataSourceProperties().containsKey(name)) {
                configuration.addDataSourceProperty(name, value);
            }
        });
        return configuration;
    }
}
