package vn.lantoa.desk.tree;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.CaseStatus;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The cases a unit forwarded ("Đã chuyển đi"): the sender's read-only trace, with where each case is and how it stands now. */
@Singleton
@Connectable
class SentAway {

    static final int LIMIT = 200;

    private final JdbcOperations jdbc;

    SentAway(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record Sent(long caseId, String codeThen, long toUnitId, Instant at, String reason, String actorName, long unitNow, String codeNow,
                CaseStatus statusNow, boolean spam) {
    }

    /** The latest the unit forwarded, as its page lists them. */
    List<Sent> of(long unitId) {
        return of(unitId, false, LIMIT, 0);
    }

    /** A page of what the unit forwarded, by when it left (the latest first unless oldestFirst), on the index of the sender's transfers. */
    List<Sent> of(long unitId, boolean oldestFirst, int limit, int offset) {
        String order = oldestFirst ? "ASC" : "DESC";
        String sql = "SELECT t.case_id, t.code, t.to_unit_id, t.at, t.reason, t.actor_name, c.unit_id, c.code, c.status, c.spam "
                + "FROM desk_case_transfer t JOIN desk_case c ON c.id = t.case_id WHERE t.from_unit_id = ? AND t.kind = 'FORWARDED' "
                + "ORDER BY t.at " + order + ", t.id " + order + " LIMIT ? OFFSET ?";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, unitId);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            List<Sent> sent = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(4);
                    sent.add(new Sent(rs.getLong(1), rs.getString(2), rs.getLong(3), at.toInstant(), rs.getString(5), rs.getString(6), rs.getLong(7),
                            rs.getString(8), CaseStatus.valueOf(rs.getString(9)), rs.getBoolean(10)));
                }
            }
            return sent;
        });
    }

    long count(long unitId) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM desk_case_transfer WHERE from_unit_id = ? AND kind = 'FORWARDED'", ps -> {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
