package vn.lantoa.notice;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a notice reaches: the target units and the people mailed there (their unit admins and committee heads, one mail
 * per address however many target units a person serves). The preview and the sending ask the same SQL, so the
 * numbers the sender saw are the numbers sent.
 */
@Singleton
@Connectable
public class NoticeAudience {

    static final int SAMPLE = 20;
    private static final String MAILED_ROLES = "m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD') AND a.status = 'ACTIVE'";

    /** A target unit as the preview lists it. */
    public record Site(long id, String name, String slug) {
    }

    public record Preview(long units, long people, List<Site> sample) {
    }

    /** One mail: the address, and the target unit whose notices page it links to. */
    record Recipient(String email, long unitId) {
    }

    private final JdbcOperations jdbc;

    NoticeAudience(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Preview preview(Targets targets) {
        long units = units(targets);
        long people = count("SELECT COUNT(DISTINCT a.email) FROM unit u JOIN membership m ON m.unit_id = u.id JOIN app_user a ON a.id = m.user_id "
                + "WHERE " + MAILED_ROLES + " AND " + targets.where(), targets.params());
        List<Site> sample = jdbc.prepareStatement("SELECT u.id, u.name, u.slug FROM unit u WHERE " + targets.where()
                + " ORDER BY u.depth, u.name, u.id LIMIT " + SAMPLE, ps -> {
            bind(ps, targets.params(), 0);
            List<Site> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Site(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return list;
        });
        return new Preview(units, people, sample);
    }

    /** How many units the targets are now: the check, when sending, that the preview the sender saw still holds. */
    long units(Targets targets) {
        return count("SELECT COUNT(*) FROM unit u WHERE " + targets.where(), targets.params());
    }

    /** Fixes the notice's targets in one statement; returns how many. */
    int addTargets(long noticeId, Targets targets) {
        return jdbc.prepareStatement("INSERT INTO notice_target (unit_id, notice_id) SELECT u.id, ? FROM unit u WHERE " + targets.where(), ps -> {
            ps.setLong(1, noticeId);
            bind(ps, targets.params(), 1);
            return ps.executeUpdate();
        });
    }

    /** The people to mail about a notice: all its targets' admins and heads, or only those of units that have not acknowledged. */
    List<Recipient> recipients(long noticeId, boolean onlyUnacknowledged) {
        return jdbc.prepareStatement("SELECT a.email, MIN(t.unit_id) FROM notice_target t JOIN membership m ON m.unit_id = t.unit_id "
                + "JOIN app_user a ON a.id = m.user_id WHERE t.notice_id = ? AND " + MAILED_ROLES
                + (onlyUnacknowledged ? " AND t.acknowledged_at IS NULL" : "") + " GROUP BY a.email ORDER BY a.email", ps -> {
            ps.setLong(1, noticeId);
            List<Recipient> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Recipient(rs.getString(1), rs.getLong(2)));
                }
            }
            return list;
        });
    }

    private long count(String sql, List<Object> params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params, 0);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void bind(PreparedStatement ps, List<Object> params, int offset) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(offset + i + 1, params.get(i));
        }
    }
}
