package vn.lantoa.newsroom;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;
import java.util.Map;
import java.util.Set;

public final class NewsroomPages {

    private NewsroomPages() {
    }

    public record Filter(String status, String kind, String q) {

        public String query(int page) {
            return "?status=" + enc(status) + "&kind=" + enc(kind) + "&q=" + enc(q) + "&page=" + page;
        }

        private static String enc(String s) {
            return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public record ListPage(Shell shell, List<Article> articles, Map<ArticleStatus, Long> counts, Filter filter, long total, int page,
                           int pageCount, boolean canWrite) {

        public long count(ArticleStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }

    public record EditPage(Shell shell, Article article, ArticleForm form, FieldErrors errors, Set<Workflow.Action> actions,
                           List<Option> kinds, List<Option> categories, List<MediaItem> images, List<MediaItem> documents,
                           List<Integer> revisionNumbers, String publicUrl, boolean unsaved, List<vn.lantoa.topic.TopicLinks.Choice> topics) {

        public boolean creating() {
            return article == null;
        }

        /** The chosen cover among the unit's images, or null. */
        public MediaItem cover() {
            return images.stream().filter(i -> String.valueOf(i.id()).equals(form.coverFileId())).findFirst().orElse(null);
        }

        public boolean can(String action) {
            return creating() ? "EDIT".equals(action) || "SUBMIT".equals(action) : actions.contains(Workflow.Action.valueOf(action));
        }
    }

    public record MediaItem(long id, String name, String url, String thumbUrl, boolean image) {
    }

    public record RevisionsPage(Shell shell, Article article, List<ArticleRevision> revisions) {
    }

    public record DiffPage(Shell shell, Article article, ArticleRevision revision, List<TextDiff.Line> title, List<TextDiff.Line> body,
                           boolean canRestore) {
    }
}
