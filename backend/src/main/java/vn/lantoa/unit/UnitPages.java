package vn.lantoa.unit;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;

/** The typed models of the unit pages, one record per template. */
public final class UnitPages {

    private UnitPages() {
    }

    public record Row(Unit unit, String parentName) {
    }

    public record Filter(String q, String type, String level, String scope) {

        public String query(int page) {
            return "?q=" + enc(q) + "&type=" + enc(type) + "&level=" + enc(level) + "&scope=" + enc(scope) + "&page=" + page;
        }

        private static String enc(String s) {
            return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record ListPage(Shell shell, List<Row> rows, Filter filter, long total, int page, int pageCount,
                           List<Option> types, List<Option> levels, boolean canCreate) {
    }

    public record FormPage(Shell shell, UnitForm form, FieldErrors errors, String action, boolean creating, String parentName,
                           List<Option> types, List<Option> levels) {
    }

    public record ShowPage(Shell shell, Unit unit, UnitRef parent, long childCount, long subtreeCount, List<MoveHistory> moves,
                           boolean canEdit, boolean canMove, UnitRef successor, boolean canClose) {
    }

    /** Closing a unit: the day, the unit it merges into (none: dissolved), and its host name's redirect. */
    public record ClosePage(Shell shell, Unit unit, List<Option> successors, String closedOn, String successorId, boolean hostRedirect,
                            FieldErrors errors) {
    }

    public record MovePage(Shell shell, Unit unit, String currentParentName, List<Option> targets, String parentId, String reason,
                           FieldErrors errors) {
    }
}
