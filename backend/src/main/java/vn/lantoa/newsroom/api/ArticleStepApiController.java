package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The editorial workflow of an article as explicit steps, each checked as the newsroom's pages check it: an editor writes
 * and sends for review, the committee head approves, returns with a reason, publishes (now or at a time), and later
 * archives or republishes. A step the caller's role never takes answers 403; one their role takes, but not from the
 * article's state, answers 409 ARTICLE_STATE_CONFLICT. Each answers the article as it now stands.
 */
@Controller("/api/v1/units/{unitId}/articles/{articleId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tin bài")
class ArticleStepApiController {

    @Serdeable
    record ReturnBody(@Nullable String reason) {
    }

    @Serdeable
    record PublishBody(@Nullable String at) {
    }

    private static final Instant LAST_SCHEDULABLE = Instant.parse("2037-12-31T16:59:59Z");

    private final ArticleService service;
    private final ArticleRepository articles;
    private final ArticleViews views;
    private final Access access;

    ArticleStepApiController(ArticleService service, ArticleRepository articles, ArticleViews views, Access access) {
        this.service = service;
        this.articles = articles;
        this.views = views;
        this.access = access;
    }

    @Answers(errors = 409)
    @Operation(operationId = "submitArticle", summary = "Gửi bài cho Trưởng ban duyệt",
            description = "Từ bản nháp (DRAFT), kể cả bài bị trả lại; Trưởng ban nhận thư báo. Bài phải có nội dung và mọi ảnh phải có mô tả "
                    + "(400 VALIDATION_FAILED). Trạng thái mới: IN_REVIEW.")
    @Post("/submit")
    ArticleView submitArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = writer(actor, unitId);
        service.submit(actor, unit, articleId);
        return view(actor, unit, articleId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "approveArticle", summary = "Duyệt bài đang chờ duyệt",
            description = "Trưởng ban hoặc quản trị viên của đơn vị (biên tập viên: 403). Từ IN_REVIEW; trạng thái mới: APPROVED.")
    @Post("/approve")
    ArticleView approveArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = writer(actor, unitId);
        service.approve(actor, unit, articleId);
        return view(actor, unit, articleId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "returnArticle", summary = "Trả lại bài để sửa, kèm lý do",
            description = "Trưởng ban; từ IN_REVIEW hoặc APPROVED. reason bắt buộc (tối đa 1000 ký tự; thiếu: 400 VALIDATION_FAILED), "
                    + "hiện cho người viết trong reviewNote. Trạng thái mới: DRAFT.")
    @Post("/return")
    ArticleView returnArticle(Actor actor, long unitId, long articleId, @Nullable @Body ReturnBody body) {
        UnitRef unit = writer(actor, unitId);
        service.returnForChanges(actor, unit, articleId, body == null ? null : body.reason());
        return view(actor, unit, articleId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "publishArticle", summary = "Đăng bài ngay hoặc hẹn giờ đăng",
            description = "Trưởng ban; từ APPROVED hoặc SCHEDULED (và từ bản nháp hay bài chờ duyệt khi đơn vị cho Trưởng ban đăng thẳng). "
                    + "at (ISO-8601 có múi giờ, ví dụ 2026-11-20T07:30:00+07:00) ở tương lai: hẹn giờ, trạng thái SCHEDULED, bài tự lên trang "
                    + "đúng giờ; không có at hoặc at đã qua: đăng ngay, trạng thái PUBLISHED, bài hiện trên trang thông tin.")
    @Post("/publish")
    ArticleView publishArticle(Actor actor, long unitId, long articleId, @Nullable @Body PublishBody body) {
        UnitRef unit = writer(actor, unitId);
        service.publish(actor, unit, articleId, at(body));
        return view(actor, unit, articleId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "unscheduleArticle", summary = "Huỷ hẹn giờ đăng", description = "Trưởng ban; từ SCHEDULED, trở về APPROVED.")
    @Post("/unschedule")
    ArticleView unscheduleArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = writer(actor, unitId);
        service.unschedule(actor, unit, articleId);
        return view(actor, unit, articleId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "archiveArticle", summary = "Gỡ bài khỏi trang thông tin (đưa vào lưu trữ)",
            description = "Trưởng ban; từ PUBLISHED, trạng thái mới ARCHIVED: bài không còn hiện trên trang thông tin, đăng lại được.")
    @Post("/archive")
    ArticleView archiveArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = writer(actor, unitId);
        service.archive(actor, unit, articleId);
        return view(actor, unit, articleId);
    }

    @Answers(errors = 409)
    @Operation(operationId = "republishArticle", summary = "Đăng lại bài đã lưu trữ", description = "Trưởng ban; từ ARCHIVED, trở về PUBLISHED.")
    @Post("/republish")
    ArticleView republishArticle(Actor actor, long unitId, long articleId) {
        UnitRef unit = writer(actor, unitId);
        service.republish(actor, unit, articleId);
        return view(actor, unit, articleId);
    }

    /** Every step needs a role that writes or approves in the unit: viewers, read-only keys and the units above are refused (403). */
    private UnitRef writer(Actor actor, long unitId) {
        return access.require(actor, unitId, Permission.WRITE_CONTENT);
    }

    private ArticleView view(Actor actor, UnitRef unit, long articleId) {
        return views.view(actor, unit, articles.findByUnitIdAndId(unit.id(), articleId).orElseThrow());
    }

    private static Instant at(@Nullable PublishBody body) {
        if (body == null || body.at() == null || body.at().isBlank()) {
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(body.at().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw UserInputException.of("at", "article.publishAt.apiInvalid");
        }
        // A time past 2038 comes back from the database as no time at all (a SCHEDULED article that would never go live).
        if (at.isAfter(LAST_SCHEDULABLE)) {
            throw UserInputException.of("at", "article.publishAt.apiInvalid");
        }
        return at;
    }
}
