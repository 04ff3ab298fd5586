package vn.lantoa.reporting.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.Recipient;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.TreeHistory;
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
 * The receiving unit's view of one obligation and period: every unit expected to report to it, in the period's tree
 * (see {@link PeriodTree}: a Phòng that moved away since still shows in its old Sở's past months, and not in its new
 * Sở's), with where its report stands. A unit that joined after the obligation was issued is expected from the first
 * period due after it joined; units already there when it was issued are expected for every period since it starts.
 * One query over the recipient's part of the tree; statuses are decided here from the server's clock.
 */
@Singleton
@Connectable
public class DeadlineBoard {

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final PeriodTree tree;

    DeadlineBoard(JdbcOperations jdbc, Clock clock, PeriodTree tree) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tree = tree;
    }

    /**
     * Whether the recipient receives reports of this obligation at all, the issuer being at or above it now or at some
     * time before (the obligations it is asked about are those).
     */
    static boolean receives(Obligation obligation, UnitRef issuer, UnitRef recipient) {
        return obligation.recipient() != Recipient.ISSUER || obligation.unitId().equals(recipient.id());
    }

    /** The units expected to report to the recipient for the period, by name: its deadline screen's lines. */
    public List<DeadlineRow> rows(Obligation obligation, UnitRef issuer, UnitRef recipient, Period period) {
        return query(obligation, issuer, recipient, period);
    }

    /** Every unit expected to report for the period, whoever receives it: for the reminder job. */
    List<DeadlineRow> allExpected(Obligation obligation, UnitRef issuer, Period period) {
        return query(obligation, issuer, null, period);
    }

    /**
     * Whether any unit below this one is (or was, at any time it stood where it stood) expected to report on the
     * obligation: a cheap test before listing it. A Sở whose Phòng have all moved away still receives the obligation
     * for its past periods. The unit's own report is not below it: it shows at the level above.
     */
    boolean expectsAnyBelow(Obligation obligation, UnitRef issuer, UnitRef unit, boolean childrenOnly) {
        for (TreeHistory.Placement x : tree.placementsOf(unit)) {
            for (TreeHistory.Placement i : tree.placementsOf(issuer)) {
                Instant from = x.validFrom().isAfter(i.validFrom()) ? x.validFrom() : i.validFrom();
                Instant to = x.validTo().isBefore(i.validTo()) ? x.validTo() : i.validTo();
                if (from.isBefore(to) && x.path().startsWith(i.path()) && anyBelow(obligation, i, x, from, to, childrenOnly)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyBelow(Obligation obligation, TreeHistory.Placement issuer, TreeHistory.Placement unit, Instant from, Instant to,
                             boolean childrenOnly) {
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuer.path(), issuer.depth(), "p");
        String sql = "SELECT 1 FROM unit_placement p JOIN unit u ON u.id = p.unit_id WHERE " + audience.where()
                + " AND p.valid_from < ? AND p.valid_to > ? AND p.path LIKE ?" + (childrenOnly ? " AND p.parent_id = ?" : " AND p.depth > ?") + " LIMIT 1";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            TreeHistory.bind(ps, i++, to);
            TreeHistory.bind(ps, i++, from);
            ps.setString(i++, unit.path() + "%");
            if (childrenOnly) {
                ps.setLong(i, unit.unitId());
            } else {
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
        Instant t = PeriodTree.instant(period);
        UnitRef issuerThen = tree.place(issuer, period).orElse(null);
        boolean toParent = recipient != null && obligation.recipient() == Recipient.PARENT;
        UnitRef recipientThen = toParent ? tree.place(recipient, period).orElse(null) : null;
        if (issuerThen == null || (toParent && recipientThen == null)) {
            return List.of();
        }
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuerThen.path(), issuerThen.depth(), "p");
        // A unit reporting to its parent is one of the parent's children then: the parent's own part of the tree is the range read.
        String sql = "SELECT u.id, p.parent_id, u.name, u.type, u.school_level, r.id, r.status, r.first_submitted_at, r.submitted_at, r.revision, "
                + "r.recipient_unit_id, e.until_at FROM unit_placement p JOIN unit u ON u.id = p.unit_id "
                + "LEFT JOIN report r ON r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? "
                + "LEFT JOIN report_lock_exception e ON e.unit_id = u.id AND e.obligation_id = ? AND e.period_code = ? "
                + "WHERE " + audience.where() + " AND " + TreeHistory.validAt("p") + " AND (u.created_at < ? OR u.created_at <= ?)"
                + (toParent ? " AND p.path LIKE ? AND p.parent_id = ?" : "") + " ORDER BY u.name";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setLong(i++, obligation.id());
            ps.setString(i++, period.code());
            ps.setLong(i++, obligation.id());
            ps.setString(i++, period.code());
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            TreeHistory.bindInstant(ps, i, t);
            i += 2;
            ps.setTimestamp(i++, Timestamp.from(lateFrom));
            ps.setTimestamp(i++, Timestamp.from(obligation.createdAt()));
            if (toParent) {
                ps.setString(i++, recipientThen.path() + "%");
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
