package vn.lantoa.embedded;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * What the launcher does with its database, reduced to the part a crash can hurt, run in a JVM of its own so that a
 * test can kill it: start the embedded MariaDB on a data folder (the launcher's own start code), then write, in one
 * transaction each, a "send" and its audit record, and answer "ACK id" only once the commit returned, as Lantoa
 * answers a send. Arguments: binaries folder, data folder, round (ids of round r start at r × 1,000,000).
 */
public final class CrashProbe {

    private CrashProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path baseDir = Path.of(args[0]);
        Path dataDir = Path.of(args[1]);
        long round = Long.parseLong(args[2]);
        long started = System.nanoTime();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(baseDir, dataDir);
        System.out.println("READY " + db.serverPid() + " " + (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("probe"), db.username(), db.password())) {
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS sent (id BIGINT PRIMARY KEY, round_no INT NOT NULL, payload VARCHAR(200) NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS sent_audit (sent_id BIGINT PRIMARY KEY, at DATETIME(6) NOT NULL)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement send = connection.prepareStatement("INSERT INTO sent (id, round_no, payload) VALUES (?, ?, ?)");
                 PreparedStatement audit = connection.prepareStatement("INSERT INTO sent_audit (sent_id, at) VALUES (?, NOW(6))")) {
                for (long i = 1; ; i++) {
                    long id = round * 1_000_000 + i;
                    send.setLong(1, id);
                    send.setLong(2, round);
                    send.setString(3, "Báo cáo tháng của trường " + i);
                    send.executeUpdate();
                    audit.setLong(1, id);
                    audit.executeUpdate();
                    connection.commit();
                    System.out.println("ACK " + id);
                    System.out.flush();
                }
            }
        }
    }
}
