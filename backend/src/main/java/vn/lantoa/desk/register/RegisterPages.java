package vn.lantoa.desk.register;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

/** The register's pages: the list (the unit's and the units' below it), one entry, and the form that writes one. */
public final class RegisterPages {

    private RegisterPages() {
    }

    public record Filter(String q, String month, String status, String severity, String unit) {

        public boolean any() {
            return !q.isEmpty() || !month.isEmpty() || !status.isEmpty() || !severity.isEmpty() || !unit.isEmpty();
        }
    }

    /** A line as the list shows it: the entry, and whether the unit keeping it is another one (below). */
    public record Row(RegisterSearch.Line line, boolean below) {
    }

    public record ListPage(Shell shell, List<Row> rows, long total, Filter filter, List<Option> statuses, List<Option> severities,
                           List<Option> units, boolean canWrite, boolean hasBelow, boolean truncated) {
    }

    public record IssuePage(Shell shell, RegisterSearch.Line issue, List<String> concernedUnits, List<Option> cases, boolean canEdit,
                            boolean fromAbove) {
    }

    /** The form; issueId null for a new entry; values of the multi-select as ids. */
    public record EditPage(Shell shell, Long issueId, IssueInput form, FieldErrors errors, List<Option> sources, List<Option> severities,
                           List<Option> statuses, List<Option> units) {

        public boolean unitChosen(String id) {
            return form.unitIds().contains(id);
        }
    }
}
