package vn.lantoa.platform.upgrade;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Asks the database server to prepare a statement (server-side {@code PREPARE ... FROM}), which resolves every table
 * and column it names without running it: the error the server gives, or empty when it prepares.
 */
final class Preparer implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement text;

    Preparer(Connection connection) throws SQLException {
        this.connection = connection;
        this.text = connection.prepareStatement("SET @lantoa_upgrade_check = ?");
    }

    Optional<String> prepare(String sql) {
        try (Statement st = connection.createStatement()) {
            text.setString(1, sql);
            text.execute();
            st.execute("PREPARE lantoa_upgrade_check FROM @lantoa_upgrade_check");
            st.execute("DEALLOCATE PREPARE lantoa_upgrade_check");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public void close() throws SQLException {
        text.close();
        connection.close();
    }
}
