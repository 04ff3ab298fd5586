package vn.lantoa.press.incidents;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.press.StatementClock;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.util.List;

/** The incident desk's pages: the unit's incidents, the form that opens one, one incident, and the playbooks. */
public final class IncidentPages {

    private IncidentPages() {
    }

    public record Row(Incident incident, StatementClock clock) {
    }

    public record ListPage(Shell shell, List<Row> rows, boolean canOpen) {
    }

    /** A severity with who must be told of it. */
    public record SeverityChoice(String value, String label, String tell) {
    }

    /** from/ref: the source it is opened from (kept in hidden fields); sourceTitle shown above the form. */
    public record NewPage(Shell shell, IncidentInput form, FieldErrors errors, List<Option> types, List<SeverityChoice> severities, List<Option> members,
                          String sourceTitle, String playbookHint) {
    }

    public record LinkGroup(String kind, String label, List<Option> options) {
    }

    /** A timeline line: its text already put in words (who did what). */
    public record Line(Instant at, String actor, String kind, String text) {
    }

    public record IncidentPage(Shell shell, Incident incident, StatementClock clock, String unitName, List<Line> timeline, List<IncidentTask> tasks,
                               List<IncidentLink> links, List<Option> members, List<LinkGroup> linkGroups, List<SeverityChoice> severities,
                               List<Playbook.Call> calls, String playbookTitle, boolean canWork, boolean canSpeak, boolean fromAbove,
                               String statementTitle, String statementText, FieldErrors errors, Instant now) {

        public boolean overdue(IncidentTask t) {
            return t.overdue(now);
        }
    }

    public record PlaybookRow(Playbook playbook, boolean own) {
    }

    public record PlaybooksPage(Shell shell, List<PlaybookRow> rows, boolean canEdit) {
    }

    public record PlaybookPage(Shell shell, Playbook playbook, boolean own, boolean canEdit) {
    }

    public record PlaybookEditPage(Shell shell, Long playbookId, PlaybookInput form, FieldErrors errors, List<Option> types) {
    }
}
