package vn.lantoa.channel;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

/** The admin pages of channels. */
public final class ChannelPages {

    private ChannelPages() {
    }

    /** A channel in the unit's list, with the name of the person in charge (a member's name or the typed one). */
    public record Row(Channel channel, String person) {
    }

    public record ListPage(Shell shell, List<Row> rows, boolean canEdit, String siteUrl) {
    }

    public record EditPage(Shell shell, Long channelId, ChannelInput form, FieldErrors errors, List<Option> kinds, List<Option> people) {
    }

    /** The units below with their channels by kind and their reported posts per month; the filter and the page. */
    public record BelowPage(Shell shell, ChannelCoverage.Summary summary, List<ChannelCoverage.UnitRow> rows, List<ChannelKind> kinds,
                            List<Month> months, String filter, long matching, int page, int pageCount, List<Option> filters) {

        public String pageUrl(int p) {
            return shell.unitBase() + "/channels/below?loc=" + filter + "&trang=" + p;
        }

        /** Posts as reported ("12", "12,5"), or empty when the unit sent no report with the figure for the month. */
        public String posts(ChannelCoverage.UnitRow row, Month month) {
            Double v = row.postsIn(month.code());
            if (v == null) {
                return "";
            }
            return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v).replace('.', ',');
        }
    }

    /** A month of the activity columns: its report period code ("2026-11") and its label ("11/2026"). */
    public record Month(String code, String label) {
    }
}
