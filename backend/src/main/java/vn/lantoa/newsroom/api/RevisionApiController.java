package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.newsroom.ArticleRevision;
import vn.lantoa.newsroom.ArticleRevisionRepository;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.api.ApiList;
import vn.lantoa.platform.api.Paging;
import vn.lantoa.platform.api.Sorting;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/** An article's revisions, read only: every save is one, with who and when. The unit's members only (they hold unpublished text). */
@Controller("/api/v1/units/{unitId}/articles/{articleId}/revisions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tin bài")
class RevisionApiController {

    /** A revision; bodyHtml only when one is read by its number. */
    @Serdeable
    record RevisionView(int number, String title, @Nullable String summary, @Nullable String bodyHtml, @Nullable String note, Instant createdAt,
                        @Nullable Long createdBy) {
    }

    private static final Sorting<ArticleRevision> ORDER = Sorting.by(Map.of(
            "number", Comparator.comparingInt(ArticleRevision::number),
            "createdAt", Comparator.comparing(ArticleRevision::createdAt)));

    private final ArticleService service;
    private final ArticleRevisionRepository revisions;
    private final Access access;

    RevisionApiController(ArticleService service, ArticleRevisionRepository revisions, Access access) {
        this.service = service;
        this.revisions = revisions;
        this.access = access;
    }

    @Operation(operationId = "listArticleRevisions", summary = "Các phiên bản của một bài, mới nhất trước",
            description = "Mỗi lần lưu là một phiên bản (không kèm nội dung; đọc từng phiên bản để lấy bodyHtml). sort: number, createdAt "
                    + "(thêm - ở đầu để giảm dần). Chỉ thành viên của đơn vị.")
    @Get
    ApiList<RevisionView> listArticleRevisions(Actor actor, long unitId, long articleId, @Nullable @QueryValue String sort,
                                               @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer perPage) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Paging paging = Paging.of(page, perPage);
        service.load(actor, unit, articleId);
        return paging.slice(ORDER.sort(sort, revisions.history(unitId, articleId)).stream()
                .map(r -> new RevisionView(r.number(), r.title(), r.summary(), null, r.note(), r.createdAt(), r.createdBy())).toList());
    }

    @Operation(operationId = "getArticleRevision", summary = "Một phiên bản của bài, với nội dung")
    @Get("/{number}")
    RevisionView getArticleRevision(Actor actor, long unitId, long articleId, int number) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        service.load(actor, unit, articleId);
        ArticleRevision r = revisions.findByUnitIdAndArticleIdAndNumber(unitId, articleId, number)
                .orElseThrow(() -> new NotFoundException("revision " + number));
        return new RevisionView(r.number(), r.title(), r.summary(), r.bodyHtml(), r.note(), r.createdAt(), r.createdBy());
    }
}
