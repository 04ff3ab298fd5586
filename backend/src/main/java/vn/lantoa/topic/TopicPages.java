package vn.lantoa.topic;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;

/** The topic list page and the coverage page (frontend-templates/topic/). */
public final class TopicPages {

    private TopicPages() {
    }

    /** A topic of the list; inUse: something carries it, so it may be retired but not deleted. */
    public record Row(Topic topic, boolean inUse, boolean first, boolean last) {
    }

    /** The topics kept by one unit above (or the unit itself), as this unit sees them. */
    public record Group(String keeper, boolean own, List<Topic> topics) {
    }

    /**
     * keeps: the unit keeps a list (ministry or Sở); canEdit: the reader may change it. own: the unit's list with its
     * editing rows; groups: every list available to the unit, highest first.
     */
    public record ListPage(Shell shell, boolean keeps, boolean canEdit, List<Row> own, List<Group> groups, Map<String, String> values,
                           FieldErrors errors, boolean canSeeBelow) {

        public String value(String field) {
            String v = values.get(field);
            return v == null ? "" : v;
        }

        public String error(String field) {
            var e = errors.first(field);
            return e == null ? null : shell.t(e.key(), e.args().toArray());
        }
    }

    /** One column of the per-unit table: the unit itself (id 0) or a child with its subtree. */
    public record Column(long id, String name) {
    }

    /** One topic's counts: totals per measure, then per column for the measure shown. */
    public record Line(Topic topic, List<Long> totals, List<Long> perColumn, long measureTotal) {
    }

    public record CoveragePage(Shell shell, String period, String periodLabel, List<String> measures, String measure, List<String> measureLabels,
                               List<Column> columns, List<Line> lines, List<Long> columnTotals, FieldErrors errors) {

        public String error(String field) {
            var e = errors.first(field);
            return e == null ? null : shell.t(e.key(), e.args().toArray());
        }
    }
}
