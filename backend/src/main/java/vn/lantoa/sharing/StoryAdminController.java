package vn.lantoa.sharing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.newsroom.Media;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.Map;

/** Stories up the tree: sending one to the parent, and the parent's inbox where editors accept or decline. */
@Hidden
@Controller("/admin/u/{unitId}/stories")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class StoryAdminController {

    private final SharingService service;
    private final StoryRepository stories;
    private final ArticleRepository articles;
    private final UnitRefRepository units;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    StoryAdminController(SharingService service, StoryRepository stories, ArticleRepository articles, UnitRefRepository units, Access access,
                         ShellFactory shells, Pages pages) {
        this.service = service;
        this.stories = stories;
        this.articles = articles;
        this.units = units;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return pages.render("sharing/stories", new SharingPages.StoriesPage(shells.of(request, actor, unit, "stories"), stories.inbox(unitId),
                stories.sent(unitId), unit.parentId() != null));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue Long article) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        return form(request, actor, unit, article, "", new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        Long articleId = parseId(body.get("articleId"));
        try {
            service.sendStory(actor, unit, articleId == null ? -1 : articleId, body.get("note"));
            return Redirects.seeOther("/admin/u/" + unitId + "/stories", Flash.success("story.sentFlash"));
        } catch (UserInputException e) {
            return form(request, actor, unit, articleId, body.getOrDefault("note", ""), e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{storyId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long storyId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return page(request, actor, unit, storyId, new FieldErrors(), HttpStatus.OK);
    }

    @Post("/{storyId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(HttpRequest<?> request, Actor actor, long unitId, long storyId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        try {
            Article republished = service.accept(actor, unit, storyId);
            return Redirects.seeOther("/admin/u/" + unitId + "/stories/" + storyId, Flash.success("story.acceptedFlash", republished.title()));
        } catch (UserInputException e) {
            return page(request, actor, unit, storyId, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{storyId}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> decline(HttpRequest<?> request, Actor actor, long unitId, long storyId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        try {
            service.decline(actor, unit, storyId, body.get("reason"));
            return Redirects.seeOther("/admin/u/" + unitId + "/stories/" + storyId, Flash.success("story.declinedFlash"));
        } catch (UserInputException e) {
            return page(request, actor, unit, storyId, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, long storyId, FieldErrors errors, HttpStatus status) {
        Story story = service.storyFor(actor, unit, storyId);
        StoryRow row = stories.inboxRow(unit.id(), storyId).orElseThrow(() -> new NotFoundException("story " + storyId));
        String republishedUrl = story.republishedArticleId() == null ? null
                : articles.findByUnitIdAndId(unit.id(), story.republishedArticleId()).map(a -> Media.articleUrl(unit, a)).orElse(null);
        return pages.render(status, "sharing/story", new SharingPages.StoryPage(shells.of(request, actor, unit, "stories"), story, row,
                service.storyArticle(story), access.can(actor, unit, Permission.APPROVE_CONTENT) && story.status() == Story.Status.PENDING,
                republishedUrl, errors));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, Long articleId, String note, FieldErrors errors, HttpStatus status) {
        if (unit.parentId() == null || articleId == null) {
            throw new NotFoundException("story article");
        }
        Article article = articles.findByUnitIdAndId(unit.id(), articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        String parentName = units.findById(unit.parentId()).map(UnitRef::name).orElse("");
        return pages.render(status, "sharing/newstory", new SharingPages.NewStoryPage(shells.of(request, actor, unit, "stories"), article,
                parentName, note, errors));
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
