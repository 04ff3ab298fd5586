package vn.lantoa.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Since;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Stories up the tree as JSON ("gửi tin bài"): a unit sends one of its articles to its parent; the parent's editors
 * read what came from below and accept it (republished on the parent's site, crediting the unit) or decline it with a
 * reason. Both ends read the story; only the receiving unit decides. The same service as the pages.
 */
@Controller("/api/v1/units/{unitId}/stories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tin bài gửi lên")
class StoryApiController {

    /** A story; summary and bodyHtml (the article as sent) only when one story is read. */
    @Serdeable
    record StoryView(long id, long fromUnitId, String fromUnitName, long toUnitId, String toUnitName, long articleId, String title,
                     @Nullable String note, String status, @Nullable String decisionReason, Instant createdAt, @Nullable String createdByName,
                     @Nullable Instant decidedAt, @Nullable Long republishedArticleId, Instant updatedAt, @Nullable String summary,
                     @Nullable String bodyHtml) {
        static StoryView of(StoryRow r, @Nullable Article article) {
            return new StoryView(r.id(), r.unitId(), r.unitName(), r.toUnitId(), r.toUnitName(), r.articleId(), r.title(), r.note(), r.status().name(),
                    r.decisionReason(), r.createdAt(), r.createdByName(), r.decidedAt(), r.republishedArticleId(),
                    r.decidedAt() == null ? r.createdAt() : r.decidedAt(), article == null ? null : article.summary(),
                    article == null ? null : article.bodyHtml());
        }
    }

    @Serdeable
    record StoryRequest(@Nullable Long articleId, @Nullable String note) {
    }

    @Serdeable
    record StoryDeclineRequest(@Nullable String reason) {
    }

    private static final Sorting<StoryView> ORDER = Sorting.by(Map.of(
            "createdAt", Comparator.comparing(StoryView::createdAt).thenComparingLong(StoryView::id),
            "updatedAt", Comparator.comparing(StoryView::updatedAt),
            "decidedAt", Sorting.nullsLast(StoryView::decidedAt),
            "title", Comparator.comparing(StoryView::title),
            "status", Comparator.comparing(StoryView::status)));

    private final SharingService service;
    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final Access access;

    StoryApiController(SharingService service, StoryRepository stories, ArticleRepository articles, Access access) {
        this.service = service;
        this.stories = stories;
        this.articles = articles;
        this.access = access;
    }

    @Operation(operationId = "listStories", summary = "Tin bài cấp dưới gửi lên đơn vị, hoặc đơn vị đã gửi lên cấp trên",
            description = "direction=received (mặc định): tin bài các đơn vị trực thuộc gửi lên; direction=sent: tin bài đơn vị đã gửi lên cấp trên. "
                    + "status: PENDING (chờ xem xét), ACCEPTED (đã nhận đăng), DECLINED (không nhận). Mới nhất trước; sort: createdAt, updatedAt, "
                    + "decidedAt, title, status. updatedSince: chỉ tin bài gửi hoặc được quyết định từ thời điểm này. Chỉ thành viên của đơn vị "
                    + "(tin bài gửi lên có thể chưa đăng); cấp trên không đọc được.")
    @Get
    ApiList<StoryView> listStories(Actor actor, long unitId, @Nullable @QueryValue String direction, @Nullable @QueryValue String status,
                                   @Nullable @QueryValue String sort, @Nullable @QueryValue String updatedSince, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer perPage) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        String dir = direction == null || direction.isBlank() ? "received" : direction.strip();
        if (!dir.equals("received") && !dir.equals("sent")) {
            throw UserInputException.of("direction", "story.direction.invalid");
        }
        Story.Status wanted = status(status);
        Paging paging = Paging.of(page, perPage);
        Instant since = Since.of(updatedSince);
        List<StoryRow> rows = dir.equals("sent") ? stories.allSent(unitId) : stories.allReceived(unitId);
        return paging.slice(ORDER.sort(sort, rows.stream()
                .filter(r -> wanted == null || r.status() == wanted)
                .map(r -> StoryView.of(r, null))
                .filter(v -> Since.keeps(since, v.updatedAt()))
                .toList()));
    }

    @Operation(operationId = "getStory", summary = "Một tin bài gửi lên, với nội dung bài như khi gửi",
            description = "Đơn vị gửi và đơn vị nhận đều đọc được. republishedArticleId: bài đăng lại trên trang của đơn vị nhận, khi đã nhận đăng.")
    @Get("/{storyId}")
    StoryView getStory(Actor actor, long unitId, long storyId) {
        access.require(actor, unitId, Permission.READ_DRAFTS);
        return detail(unitId, storyId);
    }

    @Answers(201)
    @Operation(operationId = "sendStory", summary = "Gửi một tin bài của đơn vị lên cấp trên",
            description = "Thân: articleId (tin bài của đơn vị, chưa lưu trữ; không gửi trang giới thiệu), note (lời nhắn, không bắt buộc, tối đa 1000 "
                    + "ký tự). Ban biên tập cấp trên được báo qua thư. Bài đang chờ cấp trên xem thì không gửi lại được (400, articleId).")
    @Post
    HttpResponse<StoryView> sendStory(Actor actor, long unitId, @Nullable @Body StoryRequest body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        if (body == null || body.articleId() == null) {
            throw UserInputException.of("articleId", "story.articleId.required");
        }
        if (articles.findByUnitIdAndId(unitId, body.articleId()).isEmpty()) {
            throw UserInputException.of("articleId", "story.article.unknown");
        }
        Story story = service.sendStory(actor, unit, body.articleId(), body.note());
        return HttpResponse.created(detail(unitId, story.id()), URI.create("/api/v1/units/" + unitId + "/stories/" + story.id()));
    }

    @Answers(errors = 409)
    @Operation(operationId = "acceptStory", summary = "Nhận và đăng lại tin bài cấp dưới gửi lên",
            description = "Bài được đăng lại trên trang của đơn vị, ghi nguồn là đơn vị gửi; đơn vị gửi được báo qua thư. Chỉ đơn vị nhận, người "
                    + "có quyền duyệt nội dung. Tin bài đã được xử lý: 409 CONFLICT.")
    @Post("/{storyId}/accept")
    StoryView acceptStory(Actor actor, long unitId, long storyId) {
        UnitRef unit = pending(actor, unitId, storyId);
        try {
            service.accept(actor, unit, storyId);
        } catch (UserInputException e) {
            throw decidedMeanwhile(e);
        }
        return detail(unitId, storyId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "declineStory", summary = "Không nhận tin bài cấp dưới gửi lên, kèm lý do",
            description = "reason bắt buộc (tối đa 1000 ký tự), được gửi thư cho đơn vị gửi: thiếu thì 400 VALIDATION_FAILED. Tin bài đã được xử "
                    + "lý: 409 CONFLICT.")
    @Post("/{storyId}/decline")
    StoryView declineStory(Actor actor, long unitId, long storyId, @Nullable @Body StoryDeclineRequest body) {
        UnitRef unit = pending(actor, unitId, storyId);
        try {
            service.decline(actor, unit, storyId, body == null ? null : body.reason());
        } catch (UserInputException e) {
            throw decidedMeanwhile(e);
        }
        return detail(unitId, storyId);
    }

    /** The unit, when it received the story and may decide on it, and the story still waits for a decision. */
    private UnitRef pending(Actor actor, long unitId, long storyId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        if (service.storyFor(actor, unit, storyId).status() != Story.Status.PENDING) {
            throw new ConflictException("story.alreadyDecided");
        }
        return unit;
    }

    /** Someone else decided between the check and the change: a conflict, not the caller's mistake. */
    private static RuntimeException decidedMeanwhile(UserInputException e) {
        boolean decided = e.errors().all().stream().anyMatch(f -> "story.alreadyDecided".equals(f.key()));
        return decided ? new ConflictException("story.alreadyDecided") : e;
    }

    private StoryView detail(long unitId, long storyId) {
        StoryRow row = stories.rowOfEitherEnd(unitId, storyId).orElseThrow(() -> new NotFoundException("story " + storyId));
        return StoryView.of(row, articles.findByUnitIdAndId(row.unitId(), row.articleId()).orElse(null));
    }

    @Nullable
    private static Story.Status status(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Story.Status.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw UserInputException.of("status", "story.statusFilter.invalid");
        }
    }
}
