package vn.lantoa.reporting.rollup;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.lantoa.testing.TestServers;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation that stored numbers before they were exact decimals: the migration turns them into DECIMAL, drops
 * what no report can hold (the 1e300 the old parser let through) from the roll-up, recomputes the totals that had
 * it or had fractions, and counts the reports already returned. Afterwards every total equals its values.
 */
class ReportNumbersMigrationTest {

    static final String DATABASE = "lantoa_v37_test";
    /** A schema from before V37 (exact numbers) and V38 (the returned counter). */
    static final String BEFORE = "32";

    @Test
    void oldNumbersOutsideTheRangeLeaveTheRollUpAndEveryTotalIsExactAfterTheMigration() throws SQLException {
        TestServers.startOnce();
        TestServers.recreateDatabase(DATABASE);
        String url = TestServers.jdbcUrl(DATABASE);
        flyway(url, BEFORE).migrate();
        try (Connection c = DriverManager.getConnection(url, TestServers.dbUser(), TestServers.dbPassword()); Statement st = c.createStatement()) {
            // Only the reporting rows matter here: the units, obligation and form behind them are left out.
            st.execute("SET FOREIGN_KEY_CHECKS = 0");
            st.execute("INSERT INTO report (id, unit_id, obligation_id, period_code, recipient_unit_id, form_version_id, status, answers, prefilled, "
                    + "revision, created_at, updated_at) VALUES (100, 11, 1, '2026-11', 10, 1, 'SUBMITTED', '{}', '{}', 1, NOW(), NOW()), "
                    + "(101, 12, 1, '2026-11', 10, 1, 'RETURNED', '{}', '{}', 1, NOW(), NOW()), "
                    + "(102, 13, 1, '2026-11', 10, 1, 'ACCEPTED', '{}', '{}', 1, NOW(), NOW())");
            st.execute("INSERT INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value) VALUES "
                    + "(100, 1, '2026-11', 10, 11, '#', 1), (101, 1, '2026-11', 10, 12, '#', 1), (102, 1, '2026-11', 10, 13, '#', 1), "
                    + "(100, 1, '2026-11', 10, 11, 'y_kien', 1e300), (101, 1, '2026-11', 10, 12, 'y_kien', 5), (102, 1, '2026-11', 10, 13, 'y_kien', 7), "
                    + "(100, 1, '2026-11', 10, 11, 'ty_le', 0.1), (101, 1, '2026-11', 10, 12, 'ty_le', 0.2), (102, 1, '2026-11', 10, 13, 'ty_le', 33.33333333)");
            st.execute("INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, max_value) "
                    + "SELECT obligation_id, period_code, '/1/10/', field_key, group_unit_id, SUM(value), COUNT(*), MIN(value), MAX(value) FROM report_value "
                    + "GROUP BY obligation_id, period_code, group_unit_id, field_key");
        }

        flyway(url, "38").migrate();

        try (Connection c = DriverManager.getConnection(url, TestServers.dbUser(), TestServers.dbPassword()); Statement st = c.createStatement()) {
            assertThat(decimal(st, "SELECT total FROM report_total WHERE field_key = 'y_kien'")).isEqualByComparingTo("12");
            assertThat(decimal(st, "SELECT reports FROM report_total WHERE field_key = 'y_kien'")).isEqualByComparingTo("2");
            assertThat(decimal(st, "SELECT total FROM report_total WHERE field_key = 'ty_le'")).isEqualByComparingTo("33.6333");
            assertThat(decimal(st, "SELECT total FROM report_total WHERE field_key = '#'")).isEqualByComparingTo("3");
            assertThat(decimal(st, "SELECT total FROM report_total WHERE field_key = '#returned'")).isEqualByComparingTo("1");
            assertThat(decimal(st, "SELECT group_path = '/1/10/' FROM report_total WHERE field_key = 'ty_le'")).isEqualByComparingTo("1");
            assertThat(decimal(st, "SELECT COUNT(*) FROM report_value WHERE field_key = '#returned' AND report_id = 101")).isEqualByComparingTo("1");
            assertThat(decimal(st, "SELECT COUNT(*) FROM (SELECT obligation_id, period_code, group_unit_id, field_key, SUM(value) s, COUNT(*) n, "
                    + "MIN(value) lo, MAX(value) hi FROM report_value GROUP BY obligation_id, period_code, group_unit_id, field_key) v "
                    + "LEFT JOIN report_total t ON t.obligation_id = v.obligation_id AND t.period_code = v.period_code AND t.group_unit_id = v.group_unit_id "
                    + "AND t.field_key = v.field_key WHERE t.total IS NULL OR t.total <> v.s OR t.reports <> v.n OR t.min_value <> v.lo OR t.max_value <> v.hi"))
                    .isEqualByComparingTo("0");
            assertThat(decimal(st, "SELECT COUNT(*) FROM report_total")).isEqualByComparingTo("4");
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, TestServers.dbUser(), TestServers.dbPassword()).locations("classpath:db/migration").target(target)
                .load();
    }

    private static BigDecimal decimal(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }
}
