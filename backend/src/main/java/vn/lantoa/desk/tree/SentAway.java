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

    List<Sent> of(long unitId) {
        String sql = "SELECT t.case_id, t.code, t.to_unit_id, t.at, t.reason, t.actor_name, c.unit_id, c.code, c.status, c.spam "
                + "FROM desk_case_transfer t JOIN desk_case c ON c.id = t.case_id WHERE t.from_unit_id = ? AND t.kind = 'FORWARDED' "
                + "ORDER BY t.at DESC, t.id DESC LIMIT " + LIMIT;
        return jdbc.prepareStatement(sql, ps -> {
            ps.setLong(1, unitId);
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
}
