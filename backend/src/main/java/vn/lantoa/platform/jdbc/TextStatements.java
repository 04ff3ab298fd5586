package vn.lantoa.platform.jdbc;

import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Runs a statement whose text changes from call to call (a multi-row insert with as many rows as there are items) as
 * text, in one round trip, instead of as a server-side prepared statement: that one would be prepared, used once and
 * closed, and would push the statements every request uses out of the connection's statement cache.
 */
public final class TextStatements {

    private TextStatements() {
    }

    public static <T> T run(JdbcOperations jdbc, String sql, PreparedStatementCallback<T> work) {
        return jdbc.execute(c -> {
            try (PreparedStatement ps = prepare(c, sql, false)) {
                return work.call(ps);
            }
        });
    }

    /** The statement as text; with generatedKeys, it returns the ids it inserts. */
    public static PreparedStatement prepare(java.sql.Connection c, String sql, boolean generatedKeys) throws SQLException {
        JdbcConnection mysql = c.unwrap(JdbcConnection.class);
        return generatedKeys ? mysql.clientPrepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS) : mysql.clientPrepareStatement(sql);
    }
}
