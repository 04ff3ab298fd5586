package vn.lantoa.newsroom;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

/**
 * Tells the committee head that something waits for approval: one mail per head, queued in the transaction that sent
 * the item for review, with a link to the item and to the unit's review queue. Nobody is mailed about their own send.
 */
@Singleton
class ReviewNotices {

    private final Approvers approvers;
    private final ArticleRepository articles;
    private final OfficialDocumentRepository documents;
    private final MailOutbox outbox;
    private final Translator vi;
    private final String baseUrl;

    ReviewNotices(Approvers approvers, ArticleRepository articles, OfficialDocumentRepository documents, MailOutbox outbox, Languages languages,
                  @Value("${lantoa.base-url}") String baseUrl) {
        this.approvers = approvers;
        this.articles = articles;
        this.documents = documents;
        this.outbox = outbox;
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void articleSubmitted(Actor by, UnitRef unit, Article article) {
        String admin = baseUrl + "/admin/u/" + unit.id();
        long waiting = articles.countForNewsroom(unit.id(), ArticleStatus.IN_REVIEW.name(), null, "%");
        for (String to : approvers.of(unit.id())) {
            if (!to.equalsIgnoreCase(by.email())) {
                outbox.enqueue(new OutgoingMail(to, vi.t("mail.articleInReview.subject", article.title()),
                        vi.t("mail.articleInReview.body", by.fullName(), unit.name(), article.title(), admin + "/articles/" + article.id(),
                                admin + "/articles?status=IN_REVIEW", waiting), null));
            }
        }
    }

    void documentSubmitted(Actor by, UnitRef unit, OfficialDocument document) {
        String admin = baseUrl + "/admin/u/" + unit.id();
        long waiting = documents.countInReview(unit.id());
        for (String to : approvers.of(unit.id())) {
            if (!to.equalsIgnoreCase(by.email())) {
                outbox.enqueue(new OutgoingMail(to, vi.t("mail.documentInReview.subject", document.number()),
                        vi.t("mail.documentInReview.body", by.fullName(), unit.name(), document.number(), document.summary(),
                                admin + "/documents/" + document.id(), admin + "/documents?status=IN_REVIEW", waiting), null));
            }
        }
    }
}
