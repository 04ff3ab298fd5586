package vn.lantoa.reporting.dashboard;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.Option;
import vn.lantoa.reporting.core.ListedPeriod;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.deadline.Received;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a child's line leads, so that following the numbers from the ministry ends at a school's report: a child with
 * units below it that report on the obligation opens its own dashboard and roll-up of the same obligation; a child that
 * reports itself, and has nobody below it who does, opens the report it sent for the period.
 */
@Singleton
@Connectable
public class DrillDown {

    private static final int PERIODS_LISTED = 36;
    private final JdbcOperations jdbc;
    private final Access access;
    private final Received received;

    DrillDown(JdbcOperations jdbc, Access access, Received received) {
        this.jdbc = jdbc;
        this.access = access;
        this.received = received;
    }

    /** The unit's children that are themselves expected to report on the obligation. */
    Set<Long> reportingChildren(Obligation obligation, UnitRef issuer, UnitRef unit) {
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuer.path(), issuer.depth());
        return jdbc.prepareStatement("SELECT u.id FROM unit u WHERE " + audience.where() + " AND u.closed_on IS NULL AND u.parent_id = ?", ps -> {
            int i = 1;
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            ps.setLong(i, unit.id());
            Set<Long> ids = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /** The dashboard's links per child: the child's name, and each period's cell where something was sent. */
    Map<Long, DashboardPages.Drill> dashboard(Actor actor, UnitRef unit, Received.Choice choice, List<Period> periods,
                                              List<DashboardPages.ChildLine> children) {
        Obligation o = choice.obligation();
        Set<Long> reporting = reportingChildren(o, choice.issuer(), unit);
        boolean below = access.canSeeBelow(actor, unit);
        Map<Long, DashboardPages.Drill> links = new HashMap<>();
        for (DashboardPages.ChildLine line : children) {
            long child = line.unitId();
            boolean reports = reporting.contains(child);
            boolean hasBelow = line.expected() > (reports ? 1 : 0);
            List<String> cells = new ArrayList<>();
            String name = null;
            for (int i = 0; i < periods.size(); i++) {
                Period p = periods.get(i);
                String cell = null;
                if (line.perPeriod().get(i).sent() > 0) {
                    if (hasBelow && below) {
                        cell = rollUp(child, o, p);
                    } else if (!hasBelow && reports) {
                        cell = sentReport(unit, child, o, p);
                        name = cell;
                    }
                }
                cells.add(cell);
            }
            if (hasBelow && below) {
                name = "/admin/u/" + child + "/report-dashboard?obligation=" + o.id();
            }
            links.put(child, new DashboardPages.Drill(name, cells));
        }
        return links;
    }

    /**
     * Around a report read by its recipient or from above: the way back to the reader's own screen, the sender's other
     * sent reports of the obligation, and the sender's own roll-ups for the period, where its numbers come from.
     */
    public DashboardPages.ReportLinks around(Actor actor, UnitRef reader, Report report, Obligation o, Period period, UnitRef sender) {
        String query = "?obligation=" + o.id() + "&period=" + period.code();
        String nav;
        String back;
        if (report.recipientUnitId().equals(reader.id())) {
            nav = "deadlines";
            back = "/admin/u/" + reader.id() + "/deadlines" + query;
        } else if (o.periodType() == PeriodType.LISTED) {
            nav = "exam";
            back = "/admin/u/" + reader.id() + "/exam-board?obligation=" + o.id();
        } else {
            nav = "rollup";
            back = "/admin/u/" + reader.id() + "/rollup" + query;
        }
        List<Option> rollUps = new ArrayList<>();
        if (access.can(actor, sender, vn.lantoa.tenancy.Permission.VIEW)) {
            for (Received.Choice c : received.rolledUpThrough(sender)) {
                Obligation other = c.obligation();
                boolean samePeriods = other.id().equals(o.id()) || (other.periodType() == o.periodType() && o.periodType() != PeriodType.LISTED);
                if (samePeriods && new ObligationSchedule(other).parse(period.code()) != null) {
                    rollUps.add(new Option(rollUp(sender.id(), other, period), other.title()));
                }
            }
        }
        return new DashboardPages.ReportLinks(new Option(back, "nav." + nav), nav, sentPeriods(reader, report, o), rollUps);
    }

    /** The sender's sent reports of the obligation, newest first, each opened at the reader's unit. */
    private List<Option> sentPeriods(UnitRef reader, Report report, Obligation o) {
        record Sent(long id, Period period, int listed) {
        }
        List<String> listed = o.listed().stream().map(ListedPeriod::code).toList();
        List<Sent> sent = jdbc.prepareStatement("SELECT id, period_code FROM report WHERE unit_id = ? AND obligation_id = ? AND first_submitted_at IS NOT NULL",
                ps -> {
                    ps.setLong(1, report.unitId());
                    ps.setLong(2, o.id());
                    List<Sent> rows = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Sent(rs.getLong(1), ObligationSchedule.periodOf(o, rs.getString(2)), listed.indexOf(rs.getString(2))));
                        }
                    }
                    return rows;
                });
        return sent.stream()
                .sorted(Comparator.comparing((Sent r) -> r.period().start()).thenComparingInt(Sent::listed).thenComparing(r -> r.period().code()).reversed())
                .limit(PERIODS_LISTED)
                .map(r -> new Option("/admin/u/" + reader.id() + "/received-reports/" + r.id(), r.period().label())).toList();
    }

    static String rollUp(long unitId, Obligation o, Period p) {
        return "/admin/u/" + unitId + "/rollup?obligation=" + o.id() + "&period=" + p.code();
    }

    /** The report a unit below sent, read at the reader's own unit (as its recipient, or from above). */
    static String sentReport(UnitRef reader, long senderId, Obligation o, Period p) {
        return "/admin/u/" + reader.id() + "/received-reports/of/" + senderId + "/" + o.id() + "/" + p.code();
    }
}
