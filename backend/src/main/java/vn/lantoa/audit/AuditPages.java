package vn.lantoa.audit;

import vn.lantoa.shell.Shell;

import java.util.List;

public final class AuditPages {

    private AuditPages() {
    }

    public record Filter(String from, String to, String actor, String action, String scope) {

        public String query(int page) {
            return "?from=" + enc(from) + "&to=" + enc(to) + "&actor=" + enc(actor) + "&action=" + enc(action) + "&scope=" + enc(scope)
                    + "&page=" + page;
        }

        private static String enc(String s) {
            return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record Entry(AuditRow row, List<AuditChanges.Change> changes) {
    }

    public record ListPage(Shell shell, List<Entry> rows, Filter filter, long total, int page, int pageCount, String filterError) {
    }
}
