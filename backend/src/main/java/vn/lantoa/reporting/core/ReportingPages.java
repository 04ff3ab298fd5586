package vn.lantoa.reporting.core;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.reporting.dashboard.Chart;
import vn.lantoa.reporting.dashboard.MissingUnit;
import vn.lantoa.reporting.dashboard.SendCounts;
import vn.lantoa.reporting.deadline.DeadlineRow;
import vn.lantoa.reporting.deadline.ExamBoard;
import vn.lantoa.reporting.deadline.ReminderNote;
import vn.lantoa.reporting.form.AnswerChange;
import vn.lantoa.reporting.form.FormBuilder;
import vn.lantoa.reporting.form.FormField;
import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationForm;
import vn.lantoa.reporting.obligation.UnitGroups;
import vn.lantoa.reporting.rollup.BasisLine;
import vn.lantoa.reporting.rollup.ChildrenTotals;
import vn.lantoa.reporting.rollup.RollUpRules;
import vn.lantoa.reporting.rollup.RollUpTable;
import vn.lantoa.reporting.send.AttachmentRow;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class ReportingPages {

    private ReportingPages() {
    }

    /** A number as Vietnamese offices write it: "1.234" and "12,5"; empty when there is none. */
    public static String number(Double value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
        return f.format(value);
    }

    /** Whether a report in this status was sent: the recipient and the units above can open it. */
    public static boolean sent(ReportStatus status) {
        return status == ReportStatus.SUBMITTED_ON_TIME || status == ReportStatus.SUBMITTED_LATE || status == ReportStatus.RETURNED
                || status == ReportStatus.ACCEPTED;
    }

    /** An exact number as offices write it, every digit kept: "1.234", "12,5", "999.999.999.999.999,9999". */
    public static String number(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.####", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
        return f.format(value);
    }

    /** The CSS class of a report status tag. */
    public static String statusClass(ReportStatus status) {
        return "rs-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One period of an obligation as the reporting unit sees it. */
    public record MyPeriod(String code, String label, LocalDate dueDate, ReportStatus status, long daysLate, boolean locked, Report report) {
    }

    public record MyObligation(Obligation obligation, String recipientName, String ruleWords, List<MyPeriod> periods) {
    }

    /** An "as it happens" obligation of the unit and the events it reported lately. */
    public record MyEvent(Obligation obligation, String recipientName, String ruleWords, List<EventReport> reports) {
    }

    public record EventReport(Report report, Period period, ReportStatus status) {
    }

    public record MyReportsPage(Shell shell, List<MyObligation> obligations, List<MyEvent> events, FieldErrors errors, String happenedAt) {
    }

    /** A quick report as its recipient, or the level above, sees it in the list of incidents. */
    public record IncidentRow(long reportId, String unitName, String obligationTitle, Period period, Instant sentAt, boolean late,
                              boolean receivedHere, String summary) {
    }

    public record IncidentsPage(Shell shell, List<IncidentRow> incidents) {
    }

    public record VersionView(ReportVersion version, String byName, List<AnswerChange> changes) {
    }

    public record FillPage(Shell shell, Obligation obligation, Period period, LocalDate dueDate, String ruleWords, String recipientName,
                           Report report, ReportStatus status, long daysLate, FormView form, FieldErrors errors, String token,
                           boolean editable, boolean canFill, boolean canSign, boolean locked, List<VersionView> history,
                           String formTitle, int formVersion, List<ChildrenTotals.Source> below, List<AttachmentRow> attachments) {

        public String action() {
            return shell.unitBase() + "/reports/" + obligation.id() + "/" + period.code();
        }
    }

    /** reminders: the latest reminder to each unit on the screen, and whether it reached anyone. */
    public record DeadlinesPage(Shell shell, List<Option> obligations, Obligation obligation, List<Option> periods, Period period,
                                LocalDate dueDate, String ruleWords, Instant lockedFrom, List<DeadlineRow> rows, Map<ReportStatus, Long> counts,
                                long expected, String filter, String sort, boolean canReview, String issuerName, Map<Long, ReminderNote> reminders) {

        public String query() {
            return "obligation=" + obligation.id() + "&period=" + period.code();
        }
    }

    public record NoObligationsPage(Shell shell, String titleKey, String emptyKey) {
    }

    /**
     * Around a received report: back to the reader's screen (value: address, label: message key; nav: its menu entry), the
     * sender's sent periods and its roll-ups for the period.
     */
    public record ReportLinks(Option back, String nav, List<Option> periods, List<Option> rollUps) {
    }

    public record ReceivedReportPage(Shell shell, Report report, String unitName, Obligation obligation, Period period, LocalDate dueDate,
                                     ReportStatus status, long daysLate, FormView form, List<VersionView> history, boolean canDecide,
                                     FieldErrors errors, String reason, List<BasisLine> basis, List<AttachmentRow> attachments, ReportLinks links) {

        public boolean basisChanged() {
            return basis.stream().anyMatch(BasisLine::changed);
        }
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
            long e = expectedPerPeriod.get(i);
            return e == 0 ? 0 : Math.round(100.0 * Math.min(perPeriod.get(i).sent(), e) / e);
        }

        public long timeliness(int i) {
            long e = expectedPerPeriod.get(i);
            return e == 0 ? 0 : Math.round(100.0 * Math.min(perPeriod.get(i).onTime(), e) / e);
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
            long e = expectedPerPeriod.get(i);
            return e == 0 ? 0 : Math.round(100.0 * Math.min(totals.get(i).sent(), e) / e);
        }

        public long timeliness(int i) {
            long e = expectedPerPeriod.get(i);
            return e == 0 ? 0 : Math.round(100.0 * Math.min(totals.get(i).onTime(), e) / e);
        }
    }

    /** One obligation in the issuer's list, with its rule and audience in words. */
    public record IssuedRow(Obligation obligation, String formTitle, String audienceWords, String ruleWords) {
    }

    public record ObligationsPage(Shell shell, List<IssuedRow> issued, boolean canManage, boolean hasForms) {
    }

    public record NewObligationPage(Shell shell, ObligationForm form, List<Option> forms, List<Option> audienceChoices, FieldErrors errors) {
    }

    public record FormRow(ReportForm form, int fields, long obligations) {
    }

    public record FormsPage(Shell shell, List<FormRow> forms, boolean canManage) {
    }

    public record FormEditPage(Shell shell, Long formId, int version, FormBuilder.Draft draft, List<Option> types, List<Option> rollUps,
                               List<Option> prefills, List<Option> sections, List<Option> numbers, FieldErrors errors, boolean canManage) {

        public String action() {
            return shell.unitBase() + "/report-forms" + (formId == null ? "" : "/" + formId);
        }
    }

    public record ExamPage(Shell shell, List<Option> obligations, Obligation obligation, ExamBoard.Board board, String ruleWords, boolean live,
                           Instant at) {
    }

    public record GroupsPage(Shell shell, List<UnitGroups.Group> groups, List<UnitGroups.Candidate> candidates, String name,
                             java.util.Set<Long> chosen, FieldErrors errors, boolean canManage) {
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
