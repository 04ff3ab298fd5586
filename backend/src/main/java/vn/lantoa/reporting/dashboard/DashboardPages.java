package vn.lantoa.reporting.dashboard;

import vn.lantoa.platform.web.Option;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;

/** The pages of the units above: the dashboard, the roll-up and where their lines lead. */
public final class DashboardPages {

    private DashboardPages() {
    }

    /**
     * Around a received report: back to the reader's screen (value: address, label: message key; nav: its menu entry), the
     * sender's sent periods and its roll-ups for the period.
     */
    public record ReportLinks(Option back, String nav, List<Option> periods, List<Option> rollUps) {
    }

    /**
     * One child's line on the dashboard: per period, the units expected below it in that period's tree and the reports
     * they sent and sent on time; {@code expected} is the newest period's.
     */
    public record ChildLine(long unitId, String unitName, long expected, List<SendCounts> perPeriod, List<Long> expectedPerPeriod) {

        public String cell(int i) {
            SendCounts c = perPeriod.get(i);
            return c.sent() + "/" + expectedPerPeriod.get(i);
        }

        /** Reports of the period returned to their unit and not sent again yet: counted in the cell, and said. */
        public long returned(int i) {
            return perPeriod.get(i).returned();
        }

        public long completeness(int i) {
            return SendCounts.percent(perPeriod.get(i).sent(), expectedPerPeriod.get(i));
        }

        public long timeliness(int i) {
            return SendCounts.percent(perPeriod.get(i).onTime(), expectedPerPeriod.get(i));
        }
    }

    /** Where a child's line leads: its name, and each period's cell (null where there is nothing to open). */
    public record Drill(String unit, List<String> cells) {

        public static final Drill NONE = new Drill(null, List.of());

        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : null;
        }
    }

    /** due: per period, whether its deadline has passed; until then nobody is late and on-time rates mean nothing yet. */
    public record DashboardPage(Shell shell, List<Option> obligations, Obligation obligation, List<Period> periods, List<ChildLine> children,
                                long expected, List<SendCounts> totals, Chart timelinessChart, List<Option> fields, FormField field,
                                List<java.math.BigDecimal> fieldValues, Chart fieldChart, Integer escalateDays, Period escalationPeriod,
                                List<MissingUnit> missing, List<Boolean> due, Map<Long, Drill> drill, List<String> rules, String fieldRule,
                                List<Long> expectedPerPeriod) {

        public String query() {
            return "obligation=" + obligation.id();
        }

        public boolean due(int i) {
            return due.get(i);
        }

        /** The period the summary cards show: the newest one whose deadline has passed, else the newest. */
        public int summarized() {
            for (int i = periods.size() - 1; i >= 0; i--) {
                if (due(i)) {
                    return i;
                }
            }
            return periods.size() - 1;
        }

        public Drill drillOf(long unitId) {
            return drill.getOrDefault(unitId, Drill.NONE);
        }

        /** Sent over expected in period i, each period against the units expected in its own tree. */
        public long completeness(int i) {
            return SendCounts.percent(totals.get(i).sent(), expectedPerPeriod.get(i));
        }

        public long timeliness(int i) {
            return SendCounts.percent(totals.get(i).onTime(), expectedPerPeriod.get(i));
        }
    }

    /** The rules are the form's roll-up in words (see {@link RollUpRules}); each field's in a few words under its name. */
    public record RollUpPage(Shell shell, List<Option> obligations, Obligation obligation, List<Option> periods, Period period,
                             RollUpTable table, List<String> rules, Map<String, String> fieldRules, boolean treeNow) {

        public String query() {
            return "obligation=" + obligation.id() + "&period=" + period.code() + (treeNow ? "&tree=now" : "");
        }

        /** The same roll-up in the period's tree, or in today's. */
        public String periodQuery() {
            return "obligation=" + obligation.id() + "&period=" + period.code();
        }
    }
}
