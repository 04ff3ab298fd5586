package vn.lantoa.sharing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.newsroom.ArticleStatus;
import vn.lantoa.newsroom.Media;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.newsroom.OfficialDocumentRepository;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.util.Map;

/**
 * Content moving through the tree. Down: a unit shares a published article or document with units below it, fixed
 * at that moment, optionally asking each to acknowledge. Up: a unit sends a story to its parent, whose editors
 * accept it (republished there, crediting the unit) or decline it with a reason; the unit hears either way.
 */
@Singleton
public class SharingService {

    private final ShareRepository shares;
    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final ArticleService articleService;
    private final OfficialDocumentRepository documents;
    private final UnitRefRepository units;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final MailOutbox outbox;
    private final SharingMails mails;
    private final Languages languages;
    private final Clock clock;

    SharingService(ShareRepository shares, StoryRepository stories, ArticleRepository articles, ArticleService articleService,
                   OfficialDocumentRepository documents, UnitRefRepository units, Access access, AuditLog audit, PublicChanges publicChanges,
                   MailOutbox outbox, SharingMails mails, Languages languages, Clock clock) {
        this.shares = shares;
        this.stories = stories;
        this.articles = articles;
        this.articleService = articleService;
        this.documents = documents;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.outbox = outbox;
        this.mails = mails;
        this.languages = languages;
        this.clock = clock;
    }

    /** The title of a published item of the unit, or 404: only what the public can see is shared. */
    public String publishedTitle(UnitRef unit, Share.ItemType type, long itemId) {
        if (type == Share.ItemType.ARTICLE) {
            return articles.findByUnitIdAndId(unit.id(), itemId).filter(a -> a.status().isPublic()).map(Article::title)
                    .orElseThrow(() -> new NotFoundException("article " + itemId));
        }
        return documents.findByUnitIdAndId(unit.id(), itemId).filter(OfficialDocument::published).map(d -> d.number() + ": " + d.summary())
                .orElseThrow(() -> new NotFoundException("document " + itemId));
    }

    @Transactional
    public Share share(Actor actor, UnitRef unit, Share.ItemType type, long itemId, Audience audience, boolean requiresAck) {
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        String title = publishedTitle(unit, type, itemId);
        if (audience == null) {
            throw UserInputException.of("audience", "share.audience.required");
        }
        Share saved = shares.save(new Share(null, unit.id(), type, itemId, audience.describe(languages.vietnamese()), requiresAck,
                clock.instant(), actor.userId()));
        int recipients = shares.addTargets(saved.id(), unit.path(), unit.id(), audience.type() == null ? null : audience.type().name(),
                audience.level() == null ? null : audience.level().name(), audience.maxDepth(unit.depth()));
        if (recipients == 0) {
            // Nothing is kept: the transaction rolls back the share row too.
            throw UserInputException.of("audience", "share.audience.nobody");
        }
        audit.record(actor, unit.id(), "share.created", "share", saved.id(), "Chia sẻ xuống " + recipients + " đơn vị: " + title, null,
                Map.of("audience", saved.audience(), "recipients", recipients, "requiresAck", requiresAck));
        // The pages of every unit below depend on this unit: one change here refreshes them all.
        publicChanges.changed(unit.id());
        return saved;
    }

    @Transactional
    public void acknowledge(Actor actor, UnitRef unit, long shareId) {
        access.require(actor, unit, Permission.WRITE_CONTENT);
        if (!shares.isTarget(shareId, unit.id())) {
            throw new NotFoundException("share " + shareId);
        }
        if (!shares.asksAcknowledgement(shareId)) {
            throw new ConflictException("share.ackNotAsked");
        }
        // Acknowledging again changes nothing: the first acknowledgement, its time and its person, stays.
        if (shares.acknowledge(shareId, unit.id(), clock.instant(), actor.userId()) > 0) {
            audit.record(actor, unit.id(), "share.acknowledged", "share", shareId, "Xác nhận đã nhận văn bản, tin từ cấp trên", null, null);
        }
    }

    @Transactional
    public Story sendStory(Actor actor, UnitRef unit, long articleId, String note) {
        access.require(actor, unit, Permission.WRITE_CONTENT);
        if (unit.parentId() == null) {
            throw UserInputException.of("articleId", "story.noParent");
        }
        Article article = articles.findByUnitIdAndId(unit.id(), articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        if (article.status() == ArticleStatus.ARCHIVED || !article.kind().listed()) {
            throw UserInputException.of("articleId", "story.notSendable");
        }
        if (stories.existsByUnitIdAndArticleIdAndStatus(unit.id(), articleId, Story.Status.PENDING)) {
            throw UserInputException.of("articleId", "story.alreadyPending");
        }
        String cleanNote = VietnameseText.blankToNull(VietnameseText.multiline(note));
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw UserInputException.of("note", "story.note.tooLong");
        }
        UnitRef parent = units.findById(unit.parentId()).orElseThrow();
        Story saved = stories.save(new Story(null, unit.id(), parent.id(), articleId, cleanNote, Story.Status.PENDING, null, null,
                clock.instant(), actor.userId(), null, null));
        audit.record(actor, unit.id(), "story.sent", "story", saved.id(), "Gửi tin bài lên " + parent.name() + ": " + article.title(), null, null);
        for (String email : stories.newsroomEmails(parent.id())) {
            outbox.enqueue(mails.storyReceived(email, unit.name(), parent.name(), article.title(), parent.id(), saved.id()));
        }
        return saved;
    }

    /** A story sent to this unit, with the article as its writer sent it. */
    public Story storyFor(Actor actor, UnitRef unit, long storyId) {
        access.require(actor, unit, Permission.READ_DRAFTS);
        return stories.findByToUnitIdAndId(unit.id(), storyId).orElseThrow(() -> new NotFoundException("story " + storyId));
    }

    public Article storyArticle(Story story) {
        return articles.findByUnitIdAndId(story.unitId(), story.articleId()).orElseThrow(() -> new NotFoundException("article " + story.articleId()));
    }

    @Transactional
    public Article accept(Actor actor, UnitRef unit, long storyId) {
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        Story story = storyFor(actor, unit, storyId);
        if (story.status() != Story.Status.PENDING) {
            throw UserInputException.of("decision", "story.alreadyDecided");
        }
        UnitRef from = units.findById(story.unitId()).orElseThrow();
        Article sent = storyArticle(story);
        // A story forwarded from further down (a school's good example sent on by its Phòng) keeps the school's credit.
        long credit = sent.creditUnitId() != null ? sent.creditUnitId() : from.id();
        Article republished = articleService.publishFromBelow(actor, unit, sent, credit);
        if (stories.decide(unit.id(), storyId, Story.Status.ACCEPTED.name(), null, republished.id(), clock.instant(), actor.userId()) == 0) {
            throw UserInputException.of("decision", "story.alreadyDecided");
        }
        audit.record(actor, unit.id(), "story.accepted", "story", storyId, "Nhận tin bài của " + from.name() + ": " + republished.title(), null, null);
        String url = Media.articleUrl(unit, republished);
        for (String email : stories.newsroomEmails(from.id())) {
            outbox.enqueue(mails.storyAccepted(email, from.name(), unit.name(), republished.title(), url));
        }
        return republished;
    }

    @Transactional
    public void decline(Actor actor, UnitRef unit, long storyId, String reason) {
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        String cleanReason = VietnameseText.blankToNull(VietnameseText.multiline(reason));
        if (cleanReason == null) {
            throw UserInputException.of("reason", "story.reason.required");
        }
        if (cleanReason.length() > 1000) {
            throw UserInputException.of("reason", "story.reason.tooLong");
        }
        Story story = storyFor(actor, unit, storyId);
        if (stories.decide(unit.id(), storyId, Story.Status.DECLINED.name(), cleanReason, null, clock.instant(), actor.userId()) == 0) {
            throw UserInputException.of("reason", "story.alreadyDecided");
        }
        UnitRef from = units.findById(story.unitId()).orElseThrow();
        String title = storyArticle(story).title();
        audit.record(actor, unit.id(), "story.declined", "story", storyId, "Không nhận tin bài của " + from.name() + ": " + title, null,
                Map.of("reason", cleanReason));
        for (String email : stories.newsroomEmails(from.id())) {
            outbox.enqueue(mails.storyDeclined(email, from.name(), unit.name(), title, cleanReason, from.id()));
        }
    }
}
