package vn.lantoa.newsroom;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;

/** An article's revisions: the list, what changed since one of them, and bringing one back. */
@Hidden
@Controller("/admin/u/{unitId}/articles/{articleId}/revisions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class RevisionController {

    private final ArticleService service;
    private final ArticleRevisionRepository revisions;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    RevisionController(ArticleService service, ArticleRevisionRepository revisions, Access access, ShellFactory shells, Pages pages) {
        this.service = service;
        this.revisions = revisions;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, long articleId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Article article = service.load(actor, unit, articleId);
        return pages.render("newsroom/revisions", new NewsroomPages.RevisionsPage(shells.of(request, actor, unit, "articles"), article,
                revisions.history(unitId, articleId)));
    }

    /** What the current text has that revision n had not (and the other way round). */
    @Get("/{number}")
    HttpResponse<?> diff(HttpRequest<?> request, Actor actor, long unitId, long articleId, int number) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Article article = service.load(actor, unit, articleId);
        ArticleRevision revision = revisions.findByUnitIdAndArticleIdAndNumber(unitId, articleId, number)
                .orElseThrow(() -> new NotFoundException("revision"));
        var title = TextDiff.of(List.of(revision.title(), revision.summary() == null ? "" : revision.summary()),
                List.of(article.title(), article.summary() == null ? "" : article.summary()));
        var body = TextDiff.ofHtml(revision.bodyHtml(), article.bodyHtml());
        boolean canRestore = service.allowedActions(actor, unit, article).contains(Workflow.Action.EDIT);
        return pages.render("newsroom/diff", new NewsroomPages.DiffPage(shells.of(request, actor, unit, "articles"), article, revision, title, body,
                canRestore));
    }

    @Post("/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(Actor actor, long unitId, long articleId, int number) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        service.restore(actor, unit, articleId, number);
        return Redirects.seeOther("/admin/u/" + unitId + "/articles/" + articleId, Flash.success("article.restoredFlash", number));
    }
}
