package vn.lantoa.reporting.deadline;

import vn.lantoa.platform.export.XlsxTable;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;

import java.util.ArrayList;
import java.util.List;

/** The deadline screen as a spreadsheet: every expected unit with its status, when it sent and how late, and how many sent. */
final class DeadlineSheet {

    private DeadlineSheet() {
    }

    static XlsxTable of(Translator t, Obligation obligation, Period p, List<DeadlineRow> all) {
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        List<List<Object>> rows = new ArrayList<>();
        for (DeadlineRow r : all) {
            rows.add(List.of(r.unitName(), t.t(r.status().labelKey()), r.firstSubmittedAt() == null ? "" : VietnamTime.dateTime(r.firstSubmittedAt()),
                    r.daysLate(), r.revision()));
        }
        String title = obligation.title() + " - " + p.label() + " - hạn " + VietnamTime.date(schedule.dueDate(p)) + " (" + schedule.ruleWords() + ")";
        long sent = all.stream().filter(r -> r.firstSubmittedAt() != null).count();
        long returned = all.stream().filter(r -> r.status() == ReportStatus.RETURNED).count();
        String summary = t.t("deadline.summary", sent, all.size()) + (returned > 0 ? " " + t.t("deadline.returnedOf", returned) : "");
        return new XlsxTable(p.label(), title, List.of(t.t("deadline.col.unit"), t.t("deadline.col.status"), t.t("deadline.col.submittedAt"),
                t.t("deadline.col.daysLate"), t.t("deadline.col.revision")), rows)
                .with(new XlsxTable.Table(t.t("rollup.total"), List.of(), List.of(List.of(summary), List.of(t.t("rollup.ruleReturned")))));
    }
}
