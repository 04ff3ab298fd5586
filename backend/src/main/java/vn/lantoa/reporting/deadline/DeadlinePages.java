package vn.lantoa.reporting.deadline;

import vn.lantoa.platform.web.Option;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The pages of the receiving unit's deadlines and of the exam board. */
public final class DeadlinePages {

    private DeadlinePages() {
    }

    /** reminders: the latest reminder to each unit on the screen, and whether it reached anyone. */
    public record DeadlinesPage(Shell shell, List<Option> obligations, Obligation obligation, List<Option> periods, Period period,
                                LocalDate dueDate, String ruleWords, Instant lockedFrom, List<DeadlineRow> rows, Map<ReportStatus, Long> counts,
                                long expected, String filter, String sort, boolean canReview, String issuerName, Map<Long, ReminderNote> reminders) {

        public String query() {
            return "obligation=" + obligation.id() + "&period=" + period.code();
        }
    }

    public record ExamPage(Shell shell, List<Option> obligations, Obligation obligation, ExamBoard.Board board, String ruleWords, boolean live,
                           Instant at) {
    }
}
