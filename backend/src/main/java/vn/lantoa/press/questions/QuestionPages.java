package vn.lantoa.press.questions;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.time.LocalDate;
import java.util.List;

/** The pages of journalists' questions: the list, one question with its steps, and the form that records or edits one. */
public final class QuestionPages {

    private QuestionPages() {
    }

    public record Filter(String status, String assignee, boolean overdue) {

        public boolean any() {
            return !status.isEmpty() || !assignee.isEmpty() || overdue;
        }
    }

    /** A line of the list: the question, its assignee's name, and how its due date stands today. */
    public record Row(Question q, String assigneeName, boolean overdue, boolean dueToday) {
    }

    public record ListPage(Shell shell, List<Row> rows, long total, Filter filter, List<Option> statuses, List<Option> assignees, boolean truncated) {
    }

    /**
     * One question. dueRule says how its date was set; canApprove: the person may approve and decline; letter: the written
     * reply can be downloaded (the question is closed).
     */
    public record ShowPage(Shell shell, Question q, String channelLabel, String assigneeName, String approverName, String dueRule,
                           List<QuestionStep> steps, boolean overdue, boolean canApprove, FieldErrors errors, String draftTyped, String reasonTyped) {

        public boolean letter() {
            return !q.status().open() && q.answerText() != null;
        }
    }

    /** The form; questionId null for a new question; defaultDue is the date the unit's default gives for the received date. */
    public record EditPage(Shell shell, Long questionId, QuestionInput form, FieldErrors errors, List<Option> channels, List<Option> contacts,
                           List<Option> assignees, int defaultDays, LocalDate defaultDue) {
    }
}
