package vn.lantoa.press.monitoring;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** The clippings' pages: the list by day, one clipping, and the form (with the link reader's prefill). */
public final class ClippingPages {

    private ClippingPages() {
    }

    /** The filters as typed back into the form; empty strings for none. */
    public record Filter(String from, String to, String tone, String topic, String outlet) {

        public boolean any() {
            return !from.isEmpty() || !to.isEmpty() || !tone.isEmpty() || !topic.isEmpty() || !outlet.isEmpty();
        }
    }

    /** A clipping as a row: its topics' and concerned units' names already looked up. */
    public record Row(Clipping clipping, List<String> topics, List<String> units) {
    }

    public record Day(LocalDate day, List<Row> rows) {
    }

    public record ListPage(Shell shell, List<Day> days, long total, Filter filter, List<Option> tones, List<Option> topics, List<String> outlets,
                           boolean canWrite, int page, int pageCount) {

        public String pageUrl(int number) {
            StringBuilder url = new StringBuilder(shell.unitBase()).append("/press/clippings?page=").append(number);
            append(url, "from", filter.from());
            append(url, "to", filter.to());
            append(url, "tone", filter.tone());
            append(url, "topic", filter.topic());
            append(url, "outlet", filter.outlet());
            return url.toString();
        }

        private static void append(StringBuilder url, String name, String value) {
            if (!value.isEmpty()) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * One clipping. forwardedTo: the parent's copy's unit name when it was sent up; canForward: the unit has a parent.
     * issuePath: the register entry opened from it.
     */
    public record ShowPage(Shell shell, Row row, boolean canWrite, boolean canForward, @Nullable String forwardedTo, @Nullable String fromBelow,
                           @Nullable String issuePath, List<String> themes) {

        public boolean negative() {
            return row.clipping().tone() == Tone.NEGATIVE;
        }
    }

    /**
     * The form; clippingId null for a new one. readNote: what the link reader said (null when it was not asked), as a
     * message key: read, or why not.
     */
    public record EditPage(Shell shell, @Nullable Long clippingId, ClippingInput form, FieldErrors errors, List<Option> kinds, List<Option> tones,
                           List<Option> topics, List<Option> units, @Nullable String readNote, boolean readOk,
                           List<vn.lantoa.topic.TopicLinks.Choice> themes) {

        public boolean topicChosen(String code) {
            return form.topics().contains(code);
        }

        public boolean unitChosen(String id) {
            return form.unitIds().contains(id);
        }
    }
}
