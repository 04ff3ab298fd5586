package vn.lantoa.desk.qa;

import vn.lantoa.desk.DeskCase;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;
import vn.lantoa.site.SiteView;

import java.util.List;

/** The pages of the unit's public Q&A: the head's list and editor, and the public list and page. */
public final class QaPages {

    private QaPages() {
    }

    /** The head's list: drafts first, then what is published, newest first. */
    public record ListPage(Shell shell, List<Qa> items, java.util.Map<String, String> topicLabels) {
    }

    /**
     * Preparing a Q&A from a case (qa null) or editing one. removed: what the stripping took out of the case's texts.
     * publicUrl: the page on the site, when published.
     */
    public record EditPage(Shell shell, DeskCase deskCase, Qa qa, QaForm form, List<String> removed, List<Option> topics, FieldErrors errors,
                           String publicUrl) {

        public String action() {
            return qa == null ? shell.unitBase() + "/desk/cases/" + deskCase.id() + "/qa" : shell.unitBase() + "/desk/qa/" + qa.id();
        }
    }

    /** The public list: one topic or all, a search without tone marks, a page of results. */
    public record PublicList(SiteView site, List<Qa> items, java.util.Map<String, String> topicLabels, List<Option> topics, String topic, String q,
                             int page, boolean more) {

        public String pageUrl(int number) {
            StringBuilder sb = new StringBuilder(site.url("/hoi-dap"));
            String sep = "?";
            if (!topic.isEmpty()) {
                sb.append(sep).append("topic=").append(topic);
                sep = "&";
            }
            if (!q.isEmpty()) {
                sb.append(sep).append("q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
                sep = "&";
            }
            if (number > 1) {
                sb.append(sep).append("page=").append(number);
            }
            return sb.toString();
        }
    }

    public record PublicPage(SiteView site, Qa qa, String topicLabel) {
    }
}
