package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.rollup.RollUpReads;
import vn.lantoa.reporting.rollup.RollUpStore;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * For the demo only: the demo writes a year of reports on its first start through the real services, then moves each
 * step of a report's history back to the day it is meant to have happened, so deadline screens show on-time, late and
 * returned reports as they would be after a year of use. Made only when the demo is on, like every bean of the demo.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoHistory {

    private final JdbcOperations jdbc;
    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final RollUpStore rollUps;
    private final java.time.Clock clock;

    DemoHistory(JdbcOperations jdbc, ReportRepository reports, ObligationRepository obligations, RollUpStore rollUps, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.reports = reports;
        this.obligations = obligations;
        this.rollUps = rollUps;
    }

    static List<Instant> pastOnly(List<Instant> times, Instant now) {
        Instant latest = now.minusSeconds(600);
        java.time.Duration over = times.stream().max(Instant::compareTo).filter(t -> t.isAfter(latest))
                .map(t -> java.time.Duration.between(latest, t)).orElse(java.time.Duration.ZERO);
        return times.stream().map(t -> t.minus(over)).toList();
    }

    /** A return that happened in the demo's past: recorded as the recipient would have, without mailing anyone today. */
    @Transactional
    void pastReturn(long reportId, long recipientId, long by, String reason) {
        jdbc.prepareStatement("UPDATE report SET status = 'RETURNED', return_reason = ?, decided_by = ? WHERE id = ? AND recipient_unit_id = ?", ps -> {
            ps.setString(1, reason);
            ps.setLong(2, by);
            ps.setLong(3, reportId);
            ps.setLong(4, recipientId);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO report_version (unit_id, report_id, number, action, note, created_at, created_by) "
                + "SELECT unit_id, id, (SELECT MAX(number) + 1 FROM report_version WHERE report_id = ?), 'RETURNED', ?, UTC_TIMESTAMP(6), ? "
                + "FROM report WHERE id = ?", ps -> {
            ps.setLong(1, reportId);
            ps.setString(2, reason);
            ps.setLong(3, by);
            ps.setLong(4, reportId);
            return ps.executeUpdate();
        });
        rollUps.groupOf(reportId).ifPresent(g -> rollUps.markReturned(reportId, g));
    }

    /**
     * Gives the report's versions these times, oldest first, and the report the times that follow from them. Steps that
     * would fall after now (a report sent just before a deadline still ahead, then returned or accepted days later) are
     * moved back together, so the history keeps its spacing and nothing has happened in the future.
     */
    @Transactional
    void backdate(long reportId, List<Instant> planned) {
        List<Instant> stepTimes = pastOnly(planned, clock.instant());
        List<Long> ids = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        jdbc.prepareStatement("SELECT id, action FROM report_version WHERE report_id = ? ORDER BY number", ps -> {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    actions.add(rs.getString(2));
                }
            }
            return null;
        });
        Instant firstSent = null;
        Instant lastSent = null;
        Instant decided = null;
        for (int i = 0; i < ids.size() && i < stepTimes.size(); i++) {
            Instant at = stepTimes.get(i);
            long id = ids.get(i);
            jdbc.prepareStatement("UPDATE report_version SET created_at = ? WHERE id = ?", ps -> {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.setLong(2, id);
                return ps.executeUpdate();
            });
            if (actions.get(i).equals("SUBMITTED")) {
                firstSent = firstSent == null ? at : firstSent;
                lastSent = at;
            } else if (!actions.get(i).equals("SIGNOFF_REQUESTED")) {
                decided = at;
            }
        }
        Instant first = firstSent;
        Instant last = lastSent;
        Instant decision = decided;
        Instant created = stepTimes.isEmpty() ? null : stepTimes.get(0).minusSeconds(3 * 3600);
        jdbc.prepareStatement("UPDATE report SET first_submitted_at = COALESCE(?, first_submitted_at), submitted_at = COALESCE(?, submitted_at), "
                + "decided_at = COALESCE(?, decided_at), created_at = COALESCE(?, created_at), updated_at = COALESCE(?, ?, updated_at) WHERE id = ?", ps -> {
            ps.setTimestamp(1, first == null ? null : Timestamp.from(first));
            ps.setTimestamp(2, last == null ? null : Timestamp.from(last));
            ps.setTimestamp(3, decision == null ? null : Timestamp.from(decision));
            ps.setTimestamp(4, created == null ? null : Timestamp.from(created));
            ps.setTimestamp(5, decision == null ? null : Timestamp.from(decision));
            ps.setTimestamp(6, last == null ? null : Timestamp.from(last));
            ps.setLong(7, reportId);
            return ps.executeUpdate();
        });
        if (first != null) {
            // Timeliness was counted when the report went through the service, today; count it again for the day it now
            // has, and move its group's totals with it: a value changed here without its totals is how one demo
            // incident's on-time counter came to disagree with its values.
            Report report = reports.findById$WithoutTenancy(reportId).orElseThrow();
            Obligation obligation = obligations.findById$WithoutTenancy(report.obligationId()).orElseThrow();
            Period period = ObligationSchedule.periodOf(obligation, report.periodCode());
            boolean onTime = first.isBefore(new ObligationSchedule(obligation).lateFrom(period));
            int changed = jdbc.prepareStatement("UPDATE report_value SET value = ? WHERE report_id = ? AND field_key = ? AND value <> ?", ps -> {
                ps.setDouble(1, onTime ? 1 : 0);
                ps.setLong(2, reportId);
                ps.setString(3, RollUpReads.ON_TIME);
                ps.setDouble(4, onTime ? 1 : 0);
                return ps.executeUpdate();
            });
            if (changed > 0) {
                for (long group : groupsOf(reportId)) {
                    rollUps.recompute(obligation, report.periodCode(), group);
                }
            }
        }
    }

    private List<Long> groupsOf(long reportId) {
        return jdbc.prepareStatement("SELECT DISTINCT group_unit_id FROM report_value WHERE report_id = ?", ps -> {
            ps.setLong(1, reportId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** After the history is written: every group's totals again, once, from its values (each backdating already keeps them equal). */
    @Transactional
    void recomputeTotals(long obligationId) {
        Obligation obligation = obligations.findById$WithoutTenancy(obligationId).orElseThrow();
        List<Object[]> groups = new ArrayList<>();
        jdbc.prepareStatement("SELECT DISTINCT period_code, group_unit_id FROM report_value WHERE obligation_id = ?", ps -> {
            ps.setLong(1, obligationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new Object[]{rs.getString(1), rs.getLong(2)});
                }
            }
            return null;
        });
        for (Object[] g : groups) {
            rollUps.recompute(obligation, (String) g[0], (Long) g[1]);
        }
    }
}
