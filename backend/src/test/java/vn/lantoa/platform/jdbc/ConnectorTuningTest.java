package vn.lantoa.platform.jdbc;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ConnectorTuningTest {

    @Inject
    JdbcOperations jdbc;
    @Inject
    SynchronousTransactionManager<Connection> tx;

    @Test
    void pooledConnectionsHaveTheTunedSettings() {
        String settings = tx.executeRead(status -> jdbc.execute(c -> {
            com.mysql.cj.jdbc.JdbcConnection mysql = c.unwrap(com.mysql.cj.jdbc.JdbcConnection.class);
            var props = mysql.getPropertySet();
            return props.getBooleanProperty(com.mysql.cj.conf.PropertyKey.useServerPrepStmts).getValue() + " "
                    + props.getBooleanProperty(com.mysql.cj.conf.PropertyKey.cachePrepStmts).getValue() + " "
                    + props.getBooleanProperty(com.mysql.cj.conf.PropertyKey.useLocalSessionState).getValue() + " "
                    + props.getEnumProperty(com.mysql.cj.conf.PropertyKey.openTelemetry).getValue();
        }));
        assertThat(settings).isEqualTo("true true true DISABLED");
    }

    @Test
    void aPooledConnectionPreparesAStatementOnceAndReusesIt() {
        long prepares = tx.executeRead(status -> {
            long before = prepares();
            for (int i = 0; i < 20; i++) {
                jdbc.prepareStatement("SELECT COUNT(*) FROM unit WHERE id = ?", ps -> {
                    ps.setLong(1, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
            }
            return prepares() - before;
        });

        assertThat(prepares).isLessThanOrEqualTo(1);
    }

    @Inject
    vn.lantoa.tenancy.UnitRefRepository units;

    @Test
    void aRepositoryQueryIsPreparedOnce() {
        long prepares = tx.executeRead(status -> {
            long before = prepares();
            for (int i = 0; i < 20; i++) {
                units.findById(1L);
            }
            return prepares() - before;
        });

        assertThat(prepares).isLessThanOrEqualTo(1);
    }

    @Test
    void repositoryQueriesOutsideATransactionArePreparedOncePerConnection() {
        for (int i = 0; i < 50; i++) {
            units.findById(1L);
        }
        long before = globalPrepares();
        for (int i = 0; i < 50; i++) {
            units.findById(1L);
        }
        assertThat(globalPrepares() - before).isLessThanOrEqualTo(2);
    }

    private long globalPrepares() {
        return tx.executeRead(status -> jdbc.execute(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_stmt_prepare'")) {
                rs.next();
                return rs.getLong(2);
            }
        }));
    }

    private long prepares() {
        return jdbc.execute(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW SESSION STATUS LIKE 'Com_stmt_prepare'")) {
                rs.next();
                return rs.getLong(2);
            }
        });
    }
}
