package vn.lantoa.newsroom;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.topic.TopicLinks;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writing and publishing articles: each save is a revision; each step of the workflow checks {@link Workflow};
 * whatever changes what the public sees is recorded for the page caches in the same transaction.
 */
@Singleton
public class ArticleService {

    /** The stable code of a workflow step refused because of the article's state. */
    public static final String STATE_CONFLICT = "ARTICLE_STATE_CONFLICT";

    private final ArticleRepository articles;
    private final ArticleParts parts;
    private final ArticleRevisionRepository revisions;
    private final SlugHistoryRepository slugHistory;
    private final CategoryRepository categories;
    private final SiteSettingsRepository settings;
    private final StoredFileRepository files;
    private final Access access;
    private final AuditLog audit;
    private final TopicLinks topicLinks;
    private final PublicChanges publicChanges;
    private final ReviewNotices reviewNotices;
    private final ArticleEvents events;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ArticleParts parts, ArticleRevisionRepository revisions, SlugHistoryRepository slugHistory,
                   CategoryRepository categories, SiteSettingsRepository settings, StoredFileRepository files, Access access,
                   AuditLog audit, PublicChanges publicChanges, ReviewNotices reviewNotices, ArticleEvents events, Clock clock,
                   TopicLinks topicLinks) {
        this.events = events;
        this.articles = articles;
        this.parts = parts;
        this.revisions = revisions;
        this.slugHistory = slugHistory;
        this.categories = categories;
        this.settings = settings;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.reviewNotices = reviewNotices;
        this.clock = clock;
        this.topicLinks = topicLinks;
    }

    @Transactional
    public Article create(Actor actor, UnitRef unit, ArticleDraft draft) {
        access.require(actor, unit, Permission.WRITE_CONTENT);
        checkReferences(unit, draft);
        String slug = draft.slug() == null ? freeSlug(unit, draft.kind(), Slugs.slugify(draft.title()), null) : draft.slug();
        if (draft.slug() != null && slugTaken(unit, draft.kind(), slug)) {
            throw UserInputException.of("slug", "article.slug.taken");
        }
        Article saved = articles.save(new Article(null, unit.id(), draft.kind(), draft.title(), slug, draft.summary(), draft.bodyHtml(),
                searchText(draft), draft.categoryId(), draft.coverFileId(), draft.coverAlt(), draft.featured(), ArticleStatus.DRAFT, null,
                null, null, actor.userId(), null, null, null, null, null, actor.userId(), null));
        writeParts(unit, saved.id(), draft);
        revision(unit, saved, actor, draft.note());
        audit.record(actor, unit.id(), "article.created", "article", saved.id(), "Viết " + saved.title(), null, saved.auditView());
        return saved;
    }

    /** Saves new content; the status stays. Public content goes live at once (only the head may change it). */
    @Transactional
    public Article update(Actor actor, UnitRef unit, long articleId, ArticleDraft draft) {
        Article current = load(actor, unit, articleId);
        require(actor, unit, current, Workflow.Action.EDIT);
        if (draft.version() != null && !draft.version().equals(current.version())) {
            throw new StaleVersionException();
        }
        checkReferences(unit, draft);
        if (draft.kind() != current.kind() && (current.kind() == ArticleKind.PAGE) != (draft.kind() == ArticleKind.PAGE)) {
            throw UserInputException.of("kind", "article.kind.fixed");
        }
        String slug = draft.slug() == null ? current.slug() : draft.slug();
        if (!slug.equals(current.slug())) {
            if (slugTaken(unit, draft.kind(), slug)) {
                throw UserInputException.of("slug", "article.slug.taken");
            }
            if (current.publishedAt() != null) {
                slugHistory.remember(unit.id(), current.kind().name(), current.slug(), current.id(), clock.instant());
            }
            slugHistory.forget(unit.id(), draft.kind().name(), slug);
        }
        if (current.status() != ArticleStatus.DRAFT && current.status() != ArticleStatus.IN_REVIEW) {
            requireComplete(unit, draft, slug);
        }
        Article updated = articles.update(new Article(current.id(), unit.id(), draft.kind(), draft.title(), slug, draft.summary(),
                draft.bodyHtml(), searchText(draft), draft.categoryId(), draft.coverFileId(), draft.coverAlt(), draft.featured(), current.status(),
                current.reviewNote(), current.publishAt(), current.publishedAt(), current.authorId(), current.approvedBy(), current.creditUnitId(),
                current.sourceArticleId(), current.createdAt(), current.updatedAt(), actor.userId(), current.version()));
        writeParts(unit, updated.id(), draft);
        revision(unit, updated, actor, draft.note());
        audit.record(actor, unit.id(), "article.updated", "article", updated.id(), "Sửa " + updated.title(), current.auditView(), updated.auditView());
        if (updated.status().isPublic()) {
            publicChanges.changed(unit.id());
        }
        return updated;
    }

    @Transactional
    public Article submit(Actor actor, UnitRef unit, long articleId) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.SUBMIT);
        requireComplete(unit, article);
        Article submitted = transition(actor, unit, article, ArticleStatus.IN_REVIEW, null, null, null, "article.submitted", "Gửi duyệt");
        reviewNotices.articleSubmitted(actor, unit, submitted);
        return submitted;
    }

    @Transactional
    public Article approve(Actor actor, UnitRef unit, long articleId) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.APPROVE);
        requireComplete(unit, article);
        return transition(actor, unit, article, ArticleStatus.APPROVED, null, null, actor.userId(), "article.approved", "Duyệt");
    }

    @Transactional
    public Article returnForChanges(Actor actor, UnitRef unit, long articleId, String reason) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.RETURN);
        String clean = VietnameseText.blankToNull(reason);
        if (clean == null) {
            throw UserInputException.of("reason", "article.return.reasonRequired");
        }
        if (clean.length() > 1000) {
            throw UserInputException.of("reason", "field.tooLong", 1000);
        }
        Article returned = articles.update(article.withStatus(ArticleStatus.DRAFT, null, article.publishedAt(), clean, null, actor.userId()));
        audit.record(actor, unit.id(), "article.returned", "article", article.id(), "Trả lại " + article.title() + ": " + clean,
                Map.of("status", article.status().name()), Map.of("status", "DRAFT", "reason", clean));
        return returned;
    }

    /** Publishes now, or at {@code at} when it is in the future. */
    @Transactional
    public Article publish(Actor actor, UnitRef unit, long articleId, Instant at) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.PUBLISH);
        requireComplete(unit, article);
        Instant now = clock.instant();
        if (at != null && at.isAfter(now.plusSeconds(30))) {
            return transition(actor, unit, article, ArticleStatus.SCHEDULED, at, article.publishedAt(), actor.userId(), "article.scheduled",
                    "Hẹn giờ xuất bản");
        }
        Article published = transition(actor, unit, article, ArticleStatus.PUBLISHED, null,
                article.publishedAt() == null ? now : article.publishedAt(), actor.userId(), "article.published", "Xuất bản");
        publicChanges.changed(unit.id());
        events.published(published, now);
        return published;
    }

    @Transactional
    public Article unschedule(Actor actor, UnitRef unit, long articleId) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.UNSCHEDULE);
        return transition(actor, unit, article, ArticleStatus.APPROVED, null, article.publishedAt(), article.approvedBy(), "article.unscheduled",
                "Hủy hẹn giờ");
    }

    @Transactional
    public Article archive(Actor actor, UnitRef unit, long articleId) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.ARCHIVE);
        Article archived = transition(actor, unit, article, ArticleStatus.ARCHIVED, null, article.publishedAt(), article.approvedBy(),
                "article.archived", "Lưu trữ");
        publicChanges.changed(unit.id());
        return archived;
    }

    @Transactional
    public Article republish(Actor actor, UnitRef unit, long articleId) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.REPUBLISH);
        Article published = transition(actor, unit, article, ArticleStatus.PUBLISHED, null, article.publishedAt(), article.approvedBy(),
                "article.republished", "Xuất bản lại");
        publicChanges.changed(unit.id());
        events.published(published, clock.instant());
        return published;
    }

    @Transactional
    public void delete(Actor actor, UnitRef unit, long articleId) {
        Article article = load(actor, unit, articleId);
        require(actor, unit, article, Workflow.Action.DELETE);
        articles.deleteInUnit(unit.id(), articleId);
        audit.record(actor, unit.id(), "article.deleted", "article", articleId, "Xóa bản nháp " + article.title(), article.auditView(), null);
    }

    /** Brings back the text of an earlier revision, as a new revision. */
    @Transactional
    public Article restore(Actor actor, UnitRef unit, long articleId, int number) {
        Article current = load(actor, unit, articleId);
        require(actor, unit, current, Workflow.Action.EDIT);
        ArticleRevision old = revisions.findByUnitIdAndArticleIdAndNumber(unit.id(), articleId, number)
                .orElseThrow(() -> new NotFoundException("revision " + number));
        Article restored = articles.update(new Article(current.id(), unit.id(), current.kind(), old.title(), current.slug(), old.summary(),
                old.bodyHtml(), VietnameseText.fold(old.title() + " " + (old.summary() == null ? "" : old.summary()) + " "
                + ArticleForm.plainText(old.bodyHtml())), current.categoryId(), current.coverFileId(), current.coverAlt(), current.featured(),
                current.status(), current.reviewNote(), current.publishAt(), current.publishedAt(), current.authorId(), current.approvedBy(),
                current.creditUnitId(), current.sourceArticleId(), current.createdAt(), current.updatedAt(), actor.userId(), current.version()));
        revision(unit, restored, actor, "Khôi phục phiên bản " + number);
        audit.record(actor, unit.id(), "article.restored", "article", articleId, "Khôi phục phiên bản " + number + " của " + restored.title(),
                current.auditView(), restored.auditView());
        if (restored.status().isPublic()) {
            publicChanges.changed(unit.id());
        }
        return restored;
    }

    /** Publishes what the scheduler found due. Called by {@link ScheduledPublisher}, one article per transaction. */
    @Transactional
    public boolean publishDue(Article article) {
        Article fresh = articles.findByUnitIdAndId(article.unitId(), article.id()).orElse(null);
        if (fresh == null || fresh.status() != ArticleStatus.SCHEDULED || fresh.publishAt() == null || fresh.publishAt().isAfter(clock.instant())) {
            return false;
        }
        Article published = articles.update(fresh.withStatus(ArticleStatus.PUBLISHED, null,
                fresh.publishedAt() == null ? fresh.publishAt() : fresh.publishedAt(), fresh.reviewNote(), fresh.approvedBy(), fresh.updatedBy()));
        audit.record(null, fresh.unitId(), "article.published", "article", fresh.id(), "Tự động xuất bản theo lịch: " + fresh.title(),
                Map.of("status", "SCHEDULED"), Map.of("status", "PUBLISHED"));
        publicChanges.changed(fresh.unitId());
        events.published(published, clock.instant());
        return true;
    }

    public Set<Workflow.Action> allowedActions(Actor actor, UnitRef unit, Article article) {
        return Workflow.allowed(access, actor, unit, article, headPublishesDirectly(unit));
    }

    /**
     * A story accepted from a unit below: published on this unit's site at once, crediting the unit that wrote it.
     * Its photos stay the writer's (their addresses are public); its cover and attachments are not carried over.
     */
    @Transactional
    public Article publishFromBelow(Actor actor, UnitRef unit, Article story, long creditUnitId) {
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        Instant now = clock.instant();
        String slug = freeSlug(unit, ArticleKind.NEWS, story.slug(), null);
        Article saved = articles.save(new Article(null, unit.id(), ArticleKind.NEWS, story.title(), slug, story.summary(), story.bodyHtml(),
                story.searchText(), null, null, null, false, ArticleStatus.PUBLISHED, null, null, now, story.authorId(), actor.userId(),
                creditUnitId, story.id(), null, null, actor.userId(), null));
        revision(unit, saved, actor, null);
        audit.record(actor, unit.id(), "article.fromBelow", "article", saved.id(), "Đăng lại tin của đơn vị cấp dưới: " + saved.title(), null,
                saved.auditView());
        publicChanges.changed(unit.id());
        events.published(saved, now);
        return saved;
    }

    public Article load(Actor actor, UnitRef unit, long articleId) {
        access.require(actor, unit, Permission.READ_DRAFTS);
        return articles.findByUnitIdAndId(unit.id(), articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
    }

    private boolean headPublishesDirectly(UnitRef unit) {
        return settings.findByUnitId(unit.id()).map(SiteSettings::headPublishesDirectly).orElse(false);
    }

    /** 403 when the person's role does not allow the step; 409 when their role does, only not from the article's state. */
    private void require(Actor actor, UnitRef unit, Article article, Workflow.Action action) {
        if (!allowedActions(actor, unit, article).contains(action)) {
            if (Workflow.stateStandsInTheWay(access, actor, unit, article, action, headPublishesDirectly(unit))) {
                throw new ConflictException(STATE_CONFLICT, "article.state.conflict");
            }
            throw new ForbiddenException(action + " article " + article.id());
        }
    }

    private Article transition(Actor actor, UnitRef unit, Article article, ArticleStatus to, Instant publishAt, Instant publishedAt,
                               Long approver, String action, String verb) {
        Article changed = articles.update(article.withStatus(to, publishAt, publishedAt, null, approver, actor.userId()));
        audit.record(actor, unit.id(), action, "article", article.id(), verb + ": " + article.title(),
                Map.of("status", article.status().name()), Map.of("status", to.name()));
        return changed;
    }

    /** What an article needs before it can be reviewed or published: a body, and a description for every image. */
    private void requireComplete(UnitRef unit, Article article) {
        requireComplete(unit, new ArticleDraft(article.kind(), article.title(), article.slug(), article.summary(), article.bodyHtml(),
                article.categoryId(), article.coverFileId(), article.coverAlt(), article.featured(), List.of(), List.of(), null, null, null),
                article.slug());
    }

    private void requireComplete(UnitRef unit, ArticleDraft draft, String slug) {
        FieldErrors errors = new FieldErrors();
        if (ArticleForm.plainText(draft.bodyHtml()).isBlank() && !draft.bodyHtml().contains("<img") && !draft.bodyHtml().contains("<iframe")) {
            errors.add("bodyHtml", "article.body.required");
        }
        List<Integer> missingAlt = ArticleForm.imagesWithoutAlt(draft.bodyHtml());
        if (!missingAlt.isEmpty()) {
            errors.add("bodyHtml", "article.body.imageAlt", missingAlt.get(0));
        }
        if (draft.coverFileId() != null && (draft.coverAlt() == null || draft.coverAlt().isBlank())) {
            errors.add("coverAlt", "article.coverAlt.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
    }

    private void checkReferences(UnitRef unit, ArticleDraft draft) {
        FieldErrors errors = new FieldErrors();
        if (draft.categoryId() != null && categories.findByUnitIdAndId(unit.id(), draft.categoryId()).isEmpty()) {
            errors.add("categoryId", "article.category.unknown");
        }
        if (draft.coverFileId() != null) {
            StoredFile cover = files.findByUnitIdAndId(unit.id(), draft.coverFileId()).orElse(null);
            if (cover == null || !cover.contentType().startsWith("image/")) {
                errors.add("coverFileId", "article.cover.notImage");
            }
        }
        for (Long fileId : draft.attachmentIds()) {
            if (files.findByUnitIdAndId(unit.id(), fileId).isEmpty()) {
                errors.add("attachmentIds", "article.attachment.unknown");
                break;
            }
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
    }

    private void writeParts(UnitRef unit, long articleId, ArticleDraft draft) {
        if (draft.topicIds() != null) {
            topicLinks.replace(TopicLinks.Carrier.ARTICLE, unit, articleId, draft.topicIds(), "topicIds");
        }
        parts.clearTags(unit.id(), articleId);
        for (String tag : draft.tags()) {
            parts.addTag(unit.id(), articleId, tag, Slugs.slugify(tag));
        }
        parts.clearAttachments(unit.id(), articleId);
        int order = 0;
        for (Long fileId : draft.attachmentIds()) {
            parts.addAttachment(unit.id(), articleId, fileId, order++);
        }
    }

    private void revision(UnitRef unit, Article article, Actor actor, String note) {
        int next = revisions.lastNumber(unit.id(), article.id()) + 1;
        revisions.save(new ArticleRevision(null, unit.id(), article.id(), next, article.title(), article.summary(), article.bodyHtml(), note,
                clock.instant(), actor.userId()));
    }

    /** News and press releases share the /tin/ addresses, so a slug is taken if either kind has it. */
    private boolean slugTaken(UnitRef unit, ArticleKind kind, String slug) {
        if (kind == ArticleKind.PAGE) {
            return articles.existsByUnitIdAndKindAndSlug(unit.id(), ArticleKind.PAGE, slug);
        }
        return articles.existsByUnitIdAndKindAndSlug(unit.id(), ArticleKind.NEWS, slug)
                || articles.existsByUnitIdAndKindAndSlug(unit.id(), ArticleKind.PRESS_RELEASE, slug);
    }

    String freeSlug(UnitRef unit, ArticleKind kind, String base, Long exceptId) {
        String root = base.isEmpty() ? "bai-viet" : base;
        if (root.length() > 100) {
            root = root.substring(0, 100).replaceAll("-+$", "");
        }
        String candidate = root;
        for (int n = 2; slugTaken(unit, kind, candidate); n++) {
            candidate = root + "-" + n;
        }
        return candidate;
    }

    static String searchText(ArticleDraft draft) {
        return VietnameseText.fold(draft.title() + " " + (draft.summary() == null ? "" : draft.summary()) + " "
                + String.join(" ", draft.tags()) + " " + ArticleForm.plainText(draft.bodyHtml()));
    }
}
