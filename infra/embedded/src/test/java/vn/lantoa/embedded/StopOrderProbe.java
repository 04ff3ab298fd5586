package vn.lantoa.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Starts the embedded MariaDB, asks it to run a query just before it stops, and exits: the query answers only if the
 * action ran while the server was still up. Arguments: binaries folder, data folder.
 */
public final class StopOrderProbe {

    private StopOrderProbe() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Path.of(args[1]));
        db.beforeStop(() -> {
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl("probe"), db.username(), db.password());
                 Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT 6 * 7")) {
                rs.next();
                System.out.println("BEFORE STOP " + rs.getInt(1));
            } catch (Exception e) {
                System.out.println("BEFORE STOP failed: " + e.getMessage());
            }
        });
        System.out.println("SERVER " + db.serverPid());
        System.exit(0);
    }
}
