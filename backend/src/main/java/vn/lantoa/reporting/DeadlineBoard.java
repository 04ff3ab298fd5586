package vn.lantoa.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The receiving unit's view of one obligation and period: every unit expected to report to it, as the tree stands,
 * with where its report stands. A unit that joined after the obligation was issued is expected from the first period
 * due after it joined; units already there when it was issued are expected for every period since it starts. One query over the recipient's part of the tree; statuses are decided here from the
 * server's clock.
 */
@Singleton
@Connectable
class DeadlineBoard {

    private final JdbcOperations jdbc;
    private final Clock clock;

    DeadlineBoard(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the recipient receives reports of this obligation at all. */
    static boolean receives(Obligation obligation, UnitRef issuer, UnitRef recipient) {
        return obligation.recipient() == Recipient.ISSUER ? obligation.unitId().equals(recipient.id()) : issuer.isSameOrAncestorOf(recipient);
    }

    List<DeadlineRow> rows(Obligation obligation, UnitRef issuer, UnitRef recipient, Period period) {
        return query(obligation, issuer, recipient, period);
    }

    /** Every unit expected to report for the period, whoever receives it: for the reminder job. */
    List<DeadlineRow> allExpected(Obligation obligation, UnitRef issuer, Period period) {
        return query(obligation, issuer, null, period);
    }

    /**
     * Whether any unit below this one (a child, or anywhere in its subtree) is expected to report on the obligation: a
     * cheap test before listing it. The unit's own report is not below it: it shows at the level above.
     */
    boolean expectsAnyBelow(Obligation obligation, UnitRef issuer, UnitRef unit, boolean childrenOnly) {
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuer.path(), issuer.depth());
        String sql = "SELECT 1 FROM unit u WHERE " + audience.where() + " AND u.closed_on IS NULL AND "
                + (childrenOnly ? "u.parent_id = ?" : "u.path LIKE ? AND u.depth > ?") + " LIMIT 1";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            if (childrenOnly) {
                ps.setLong(i, unit.id());
            } else {
                ps.setString(i++, unit.path() + "%");
                ps.setInt(i, unit.depth());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private List<DeadlineRow> query(Obligation obligation, UnitRef issuer, UnitRef recipient, Period period) {
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        Instant lateFrom = schedule.lateFrom(period);
        Instant now = clock.instant();
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuer.path(), issuer.depth());
        String sql = "SELECT u.id, u.parent_id, u.name, u.type, u.school_level, r.id, r.status, r.first_submitted_at, r.submitted_at, r.revision, "
                + "r.recipient_unit_id, e.until_at FROM unit u "
                + "LEFT JOIN report r ON r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? "
                + "LEFT JOIN report_lock_exception e ON e.unit_id = u.id AND e.obligation_id = ? AND e.period_code = ? "
                + "WHERE " + audience.where() + " AND (u.closed_on IS NULL OR u.closed_on > ?) AND (u.created_at < ? OR u.created_at <= ?)"
                + (recipient != null && obligation.recipient() == Recipient.PARENT ? " AND u.parent_id = ?" : "") + " ORDER BY u.name";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setLong(i++, obligation.id());
            ps.setString(i++, period.code());
            ps.setLong(i++, obligation.id());
            ps.setString(i++, period.code());
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            ps.setObject(i++, period.start());
            ps.setTimestamp(i++, Timestamp.from(lateFrom));
            ps.setTimestamp(i++, Timestamp.from(obligation.createdAt()));
            if (recipient != null && obligation.recipient() == Recipient.PARENT) {
                ps.setLong(i, recipient.id());
            }
            List<DeadlineRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, lateFrom, now));
                }
            }
            return rows;
        });
    }

    private static DeadlineRow row(ResultSet rs, Instant lateFrom, Instant now) throws SQLException {
        Long reportId = rs.getObject(6) == null ? null : rs.getLong(6);
        Report.State state = rs.getString(7) == null ? null : Report.State.valueOf(rs.getString(7));
        Instant first = instant(rs.getTimestamp(8));
        ReportStatus.Facts facts = state == null ? ReportStatus.Facts.none()
                : new ReportStatus.Facts(state == Report.State.DRAFT || state == Report.State.AWAITING_SIGNOFF, first, state == Report.State.RETURNED,
                state == Report.State.ACCEPTED);
        ReportStatus status = ReportStatus.of(facts, lateFrom, now);
        long daysLate = first != null ? ReportStatus.daysLate(lateFrom, first) : ReportStatus.daysLate(lateFrom, now);
        String level = rs.getString(5);
        return new DeadlineRow(rs.getLong(1), rs.getLong(2), rs.getString(3), UnitType.valueOf(rs.getString(4)), level == null ? null : SchoolLevel.valueOf(level),
                reportId, state, first, instant(rs.getTimestamp(9)), rs.getInt(10), rs.getObject(11) == null ? null : rs.getLong(11),
                instant(rs.getTimestamp(12)), status, daysLate);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
