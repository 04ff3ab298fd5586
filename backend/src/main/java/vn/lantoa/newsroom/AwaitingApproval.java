package vn.lantoa.newsroom;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What waits for the committee head's approval in a unit: the count of each kind and the latest few, for the head's home page. */
@Singleton
public class AwaitingApproval {

    private static final int SHOWN = 5;

    /** One item waiting; {@code kindKey} names its kind in the message bundles. */
    public record Item(String title, String href, String kindKey, Instant since) {
    }

    public record Summary(long articles, long documents, List<Item> latest) {

        public boolean isEmpty() {
            return articles == 0 && documents == 0;
        }
    }

    private final ArticleRepository articles;
    private final OfficialDocumentRepository documents;

    AwaitingApproval(ArticleRepository articles, OfficialDocumentRepository documents) {
        this.articles = articles;
        this.documents = documents;
    }

    public Summary of(long unitId) {
        String base = "/admin/u/" + unitId;
        long articleCount = articles.countForNewsroom(unitId, ArticleStatus.IN_REVIEW.name(), null, "%");
        long documentCount = documents.countInReview(unitId);
        List<Item> items = new ArrayList<>();
        if (articleCount > 0) {
            articles.findForNewsroom(unitId, ArticleStatus.IN_REVIEW.name(), null, "%", SHOWN, 0).forEach(a ->
                    items.add(new Item(a.title(), base + "/articles/" + a.id(), a.kind().labelKey(), a.updatedAt())));
        }
        if (documentCount > 0) {
            documents.findInReview(unitId, SHOWN).forEach(d ->
                    items.add(new Item(d.number() + " – " + d.summary(), base + "/documents/" + d.id(), "document.title", d.updatedAt())));
        }
        items.sort(Comparator.comparing(Item::since, Comparator.nullsLast(Comparator.reverseOrder())));
        return new Summary(articleCount, documentCount, items.size() > SHOWN ? List.copyOf(items.subList(0, SHOWN)) : List.copyOf(items));
    }
}
