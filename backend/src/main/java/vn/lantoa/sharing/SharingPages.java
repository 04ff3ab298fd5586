package vn.lantoa.sharing;

import vn.lantoa.newsroom.Article;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.shell.Shell;

import java.util.List;

public final class SharingPages {

    private SharingPages() {
    }

    public record NewSharePage(Shell shell, String itemType, long itemId, String title, List<Option> audiences, String audience,
                               boolean requiresAck, FieldErrors errors) {
    }

    public record SentPage(Shell shell, List<SentShare> shares) {
    }

    public record ShareDetailPage(Shell shell, SentShare share, List<Acknowledgement> recipients) {
    }

    public record ReceivedPage(Shell shell, List<ReceivedItem> items, boolean canAcknowledge) {
    }

    public record NewStoryPage(Shell shell, Article article, String parentName, String note, FieldErrors errors) {
    }

    public record StoriesPage(Shell shell, List<StoryRow> inbox, List<StoryRow> sent, boolean hasParent) {
    }

    public record StoryPage(Shell shell, Story story, StoryRow row, Article article, boolean canDecide, String republishedUrl, FieldErrors errors) {
    }
}
