package vn.lantoa.press.contacts;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The press contacts' pages: journalists, outlets, lists (own and shared from above) and the import. */
public final class ContactPages {

    private ContactPages() {
    }

    public record Filter(String q, String outlet, String list) {

        public boolean any() {
            return !q.isEmpty() || !outlet.isEmpty() || !list.isEmpty();
        }
    }

    public record ContactsPage(Shell shell, List<ContactSearch.Line> rows, long total, Filter filter, List<Option> outlets, List<Option> lists,
                               int page, int pageCount) {

        public String pageUrl(int number) {
            StringBuilder url = new StringBuilder(shell.unitBase()).append("/press/contacts?page=").append(number);
            append(url, "q", filter.q());
            append(url, "outlet", filter.outlet());
            append(url, "list", filter.list());
            return url.toString();
        }

        private static void append(StringBuilder url, String name, String value) {
            if (!value.isEmpty()) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** contactId null for a new journalist. */
    public record ContactEditPage(Shell shell, Long contactId, ContactInput form, FieldErrors errors, List<Option> outlets) {
    }

    public record OutletRow(Outlet outlet, long contacts) {
    }

    public record OutletsPage(Shell shell, List<OutletRow> rows) {
    }

    public record OutletEditPage(Shell shell, Long outletId, OutletInput form, FieldErrors errors, List<Option> kinds, List<Option> scopes) {
    }

    public record ListsPage(Shell shell, List<PressLists.Mailable> own, List<PressLists.Mailable> shared) {
    }

    /** own: the unit's list, which it edits; otherwise a list shared from above, read-only. candidates: contacts not on it yet. */
    public record ListPage(Shell shell, PressLists.Mailable list, List<PressLists.Member> members, List<Option> candidates, FieldErrors errors) {
    }

    public record ListEditPage(Shell shell, Long listId, ListInput form, FieldErrors errors, boolean mayShare) {
    }

    public record ImportPage(Shell shell, FieldErrors errors, int maxRows, long maxMegabytes) {
    }

    public record PreviewPage(Shell shell, ContactImport.Preview preview, FieldErrors errors) {
    }
}
