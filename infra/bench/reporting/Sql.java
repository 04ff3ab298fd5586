import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * Runs SQL statements given as arguments against the database at JDBC URL $BENCH_JDBC and prints result sets
 * as tab-separated rows (a stand-in for the mysql client, which the embedded MariaDB does not ship usable).
 * Usage: java -cp mysql-connector-j.jar Sql.java "SELECT ..." ["EXPLAIN ..." ...]
 */
public class Sql {
    public static void main(String[] args) throws Exception {
        String url = System.getenv("BENCH_JDBC");
        boolean header = !"0".equals(System.getenv("SQL_HEADER"));
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement st = c.createStatement()) {
            for (String sql : args) {
                long t0 = System.nanoTime();
                boolean rs = st.execute(sql);
                if (!rs) {
                    if (header) System.out.println("-- " + st.getUpdateCount() + " rows, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                    continue;
                }
                try (ResultSet r = st.getResultSet()) {
                    ResultSetMetaData md = r.getMetaData();
                    int n = md.getColumnCount();
                    StringBuilder sb = new StringBuilder();
                    if (header) {
                        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "\t" : "").append(md.getColumnLabel(i));
                        System.out.println(sb);
                    }
                    int rows = 0;
                    while (r.next()) {
                        sb.setLength(0);
                        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "\t" : "").append(r.getString(i));
                        System.out.println(sb);
                        rows++;
                    }
                    if (header) System.out.println("-- " + rows + " rows, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                }
            }
        }
    }
}
