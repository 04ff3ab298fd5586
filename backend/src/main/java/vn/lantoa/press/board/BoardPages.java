package vn.lantoa.press.board;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.press.Severity;
import vn.lantoa.press.StatementClock;
import vn.lantoa.shell.Shell;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The board's page: the filters, the counts on top, one page of the open incidents below. */
public final class BoardPages {

    private BoardPages() {
    }

    /** A row as the page shows it (Board.Row with its link and words). */
    public record Line(long id, long unitId, String unitName, String code, String title, String type, Severity severity, String ownerName,
                       java.time.Instant firstAlertAt, String age, java.time.Instant statementDueAt, java.time.Instant firstStatementAt,
                       StatementClock clock, String href) {
    }

    public record UnitLine(long unitId, String unitName, boolean hasBelow, long total, Map<Severity, Long> bySeverity) {
    }

    /**
     * oversees: the reader oversees the units below (Access.canSeeBelow); a member who does not sees the page without
     * incidents. scopeName: the unit below it is narrowed to, or null.
     */
    public record BoardPage(Shell shell, boolean oversees, String scopeName, String unit, String severity, String type, List<Option> severities,
                            List<Option> types, long total, Map<Severity, Long> bySeverity, List<UnitLine> units, List<Line> rows, int page,
                            int pages, FieldErrors errors) {

        /** The address of another page of the same list. */
        public String pageHref(int n) {
            StringBuilder q = new StringBuilder(shell.unitBase() + "/press/incidents/below?page=" + n);
            if (!unit.isEmpty()) {
                q.append("&unit=").append(unit);
            }
            if (!severity.isEmpty()) {
                q.append("&severity=").append(severity);
            }
            if (!type.isEmpty()) {
                q.append("&type=").append(type);
            }
            return q.toString();
        }
    }

    /** "3 ngày 4 giờ", "5 giờ", "20 phút". */
    static String age(Shell shell, Duration age) {
        long days = age.toDays();
        long hours = age.toHoursPart();
        if (days > 0) {
            return shell.t("press.board.age.days", days, hours);
        }
        if (age.toHours() > 0) {
            return shell.t("press.board.age.hours", age.toHours());
        }
        return shell.t("press.board.age.minutes", age.toMinutes());
    }

    /** The incidents slice names its types; a type without a label here shows as its code. */
    public static String typeLabel(Shell shell, String type) {
        vn.lantoa.press.IncidentType known = vn.lantoa.press.IncidentType.parse(type);
        return known == null ? type : shell.t(known.labelKey());
    }
}
