package vn.lantoa.newsroom;

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
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.EnumMap;
import java.util.Map;

/** The newsroom: the unit's articles and pages, written, reviewed and published here. */
@Hidden
@Controller("/admin/u/{unitId}/articles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ArticleAdminController {

    private static final int PAGE_SIZE = 30;
    private final ArticleRepository articles;
    private final ArticleService service;
    private final ArticleEditor editor;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    ArticleAdminController(ArticleRepository articles, ArticleService service, ArticleEditor editor, Access access, ShellFactory shells,
                           Pages pages) {
        this.articles = articles;
        this.service = service;
        this.editor = editor;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String kind,
                         @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        ArticleStatus statusFilter = parse(ArticleStatus.class, status);
        ArticleKind kindFilter = ArticleKind.parse(kind);
        String pattern = "%" + VietnameseText.fold(q == null ? "" : q.strip()).replaceAll("\\s+", "%") + "%";
        String s = statusFilter == null ? null : statusFilter.name();
        String k = kindFilter == null ? null : kindFilter.name();
        long total = articles.countForNewsroom(unitId, s, k, pattern);
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page == null ? 1 : page, 1), pageCount);
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        articles.countByStatus(unitId).forEach(c -> counts.put(c.status(), c.n()));
        return pages.render("newsroom/list", new NewsroomPages.ListPage(shells.of(request, actor, unit, "articles"),
                articles.findForNewsroom(unitId, s, k, pattern, PAGE_SIZE, (current - 1) * PAGE_SIZE), counts,
                new NewsroomPages.Filter(s == null ? "" : s, k == null ? "" : k, q == null ? "" : q), total, current, pageCount,
                access.can(actor, unit, Permission.WRITE_CONTENT)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String kind) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        ArticleKind k = ArticleKind.parse(kind);
        return editor.page(request, actor, unit, null, ArticleForm.empty(k == null ? ArticleKind.NEWS : k), new FieldErrors(), HttpStatus.OK);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body ArticleForm form, @Nullable @QueryValue String action) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        FieldErrors errors = new FieldErrors();
        ArticleDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            return editor.page(request, actor, unit, null, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            Article created = service.create(actor, unit, draft);
            String flash = "article.saved";
            if ("submit".equals(action)) {
                service.submit(actor, unit, created.id());
                flash = "article.submittedFlash";
            }
            return Redirects.seeOther(base(unitId) + "/" + created.id(), Flash.success(flash, created.title()));
        } catch (UserInputException e) {
            return editor.page(request, actor, unit, null, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{articleId}")
    HttpResponse<?> edit(HttpRequest<?> request, Actor actor, long unitId, long articleId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Article article = service.load(actor, unit, articleId);
        return editor.page(request, actor, unit, article, editor.formOf(unit, article), new FieldErrors(), HttpStatus.OK);
    }

    /** Saves the content, then applies the workflow step of the button pressed (save, submit, approve, publish). */
    @Post("/{articleId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Actor actor, long unitId, long articleId, @Body ArticleForm form, @Nullable @QueryValue String action) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Article article = service.load(actor, unit, articleId);
        FieldErrors errors = new FieldErrors();
        ArticleDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            return editor.page(request, actor, unit, article, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            Article saved = service.update(actor, unit, articleId, draft);
            String flash = "article.saved";
            switch (action == null ? "save" : action) {
                case "submit" -> {
                    service.submit(actor, unit, articleId);
                    flash = "article.submittedFlash";
                }
                case "approve" -> {
                    service.approve(actor, unit, articleId);
                    flash = "article.approvedFlash";
                }
                case "publish" -> {
                    Article published = service.publish(actor, unit, articleId, draft.publishAt());
                    flash = published.status() == ArticleStatus.SCHEDULED ? "article.scheduledFlash" : "article.publishedFlash";
                }
                default -> {
                }
            }
            return Redirects.seeOther(base(unitId) + "/" + articleId, Flash.success(flash, saved.title()));
        } catch (UserInputException e) {
            return editor.page(request, actor, unit, service.load(actor, unit, articleId), form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{articleId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnForChanges(HttpRequest<?> request, Actor actor, long unitId, long articleId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        try {
            Article returned = service.returnForChanges(actor, unit, articleId, body.get("reason"));
            return Redirects.seeOther(base(unitId) + "/" + articleId, Flash.success("article.returnedFlash", returned.title()));
        } catch (UserInputException e) {
            Article article = service.load(actor, unit, articleId);
            return editor.page(request, actor, unit, article, editor.formOf(unit, article), e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/{articleId}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> step(Actor actor, long unitId, long articleId, String step) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        switch (step) {
            case "unschedule" -> service.unschedule(actor, unit, articleId);
            case "archive" -> service.archive(actor, unit, articleId);
            case "republish" -> service.republish(actor, unit, articleId);
            case "delete" -> {
                service.delete(actor, unit, articleId);
                return Redirects.seeOther(base(unitId), Flash.success("article.deletedFlash"));
            }
            default -> throw new vn.lantoa.platform.web.NotFoundException("step " + step);
        }
        return Redirects.seeOther(base(unitId) + "/" + articleId, Flash.success("article." + step + "Flash"));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/articles";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
