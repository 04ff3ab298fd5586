package vn.lantoa.desk.register;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /**
     * A line as the list shows it: the entry, whether the unit keeping it is another one (below), and whether that unit
     * has moved out from under this one since the month shown (listed for that month, but not opened from here).
     */
    public record Row(RegisterSearch.Line line, boolean below, boolean movedAway) {
    }

    /** pastTree: the list is a past month's, read in the tree as it stood then. page counts from 1. */
    public record ListPage(Shell shell, List<Row> rows, long total, Filter filter, List<Option> statuses, List<Option> severities,
                           List<Option> units, boolean canWrite, boolean hasBelow, boolean pastTree, int page, int pageCount) {

        /** This list's address at another page, with every filter kept. */
        public String pageUrl(int number) {
            StringBuilder url = new StringBuilder(shell.unitBase()).append("/desk/register?page=").append(number);
            append(url, "q", filter.q());
            append(url, "month", filter.month());
            append(url, "status", filter.status());
            append(url, "severity", filter.severity());
            append(url, "unit", filter.unit());
            return url.toString();
        }

        /** The month filtered on, as people write it (11/2026). */
        public String monthShown() {
            return filter.month().isEmpty() ? "" : java.time.YearMonth.parse(filter.month()).format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
        }

        /** The page numbers to offer: the first, the last, and two either side of this one; 0 marks a gap. */
        public List<Integer> pageNumbers() {
            List<Integer> numbers = new java.util.ArrayList<>();
            for (int n = 1; n <= pageCount; n++) {
                if (n == 1 || n == pageCount || Math.abs(n - page) <= 2) {
                    numbers.add(n);
                } else if (numbers.get(numbers.size() - 1) != 0) {
                    numbers.add(0);
                }
            }
            return numbers;
        }

        private static void append(StringBuilder url, String name, String value) {
            if (!value.isEmpty()) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
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
