package vn.lantoa.reporting.send;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.core.ReportVersion;
import vn.lantoa.reporting.form.AnswerChange;
import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.ChildrenTotals;
import vn.lantoa.shell.Shell;

import java.time.LocalDate;
import java.util.List;

/** The pages of a unit's own reports: the list of what it owes and the page to fill one in. */
public final class SendPages {

    private SendPages() {
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
}
