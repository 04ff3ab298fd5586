package vn.lantoa.reporting.review;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.dashboard.DashboardPages;
import vn.lantoa.reporting.form.FormView;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.rollup.BasisLine;
import vn.lantoa.reporting.send.AttachmentRow;
import vn.lantoa.reporting.send.SendPages;
import vn.lantoa.shell.Shell;

import java.time.LocalDate;
import java.util.List;

/** The page of a received report. */
public final class ReviewPages {

    private ReviewPages() {
    }

    public record ReceivedReportPage(Shell shell, Report report, String unitName, Obligation obligation, Period period, LocalDate dueDate,
                                     ReportStatus status, long daysLate, FormView form, List<SendPages.VersionView> history, boolean canDecide,
                                     FieldErrors errors, String reason, List<BasisLine> basis, List<AttachmentRow> attachments, DashboardPages.ReportLinks links) {

        public boolean basisChanged() {
            return basis.stream().anyMatch(BasisLine::changed);
        }
    }
}
