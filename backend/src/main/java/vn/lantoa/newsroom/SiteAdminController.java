package vn.lantoa.newsroom;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.HostNames;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.List;
import java.util.Map;

/** The website's settings: tagline, English introduction, publishing rule, categories and quick links. */
@Hidden
@Controller("/admin/u/{unitId}/site")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
public class SiteAdminController {

    public record SettingsPage(Shell shell, SiteSettings settings, List<Category> categories, List<QuickLink> links, CategoryForm categoryForm,
                               FieldErrors errors, String publicUrl) {
    }

    private final SiteSettingsRepository settings;
    private final CategoryRepository categories;
    private final QuickLinkRepository links;
    private final Categories categoryService;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final ShellFactory shells;
    private final Pages pages;

    SiteAdminController(SiteSettingsRepository settings, CategoryRepository categories, QuickLinkRepository links, Categories categoryService,
                        Access access, AuditLog audit, PublicChanges publicChanges, ShellFactory shells, Pages pages) {
        this.settings = settings;
        this.categories = categories;
        this.links = links;
        this.categoryService = categoryService;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return page(request, actor, unit, CategoryForm.empty(), new FieldErrors(), HttpStatus.OK);
    }

    @Post("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    HttpResponse<?> saveSettings(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        FieldErrors errors = new FieldErrors();
        String tagline = Fields.text(errors, "tagline", body.get("tagline"), 300, null);
        String english = Fields.multiline(errors, "englishIntro", body.get("englishIntro"), 4000);
        boolean direct = "true".equals(body.get("headPublishesDirectly"));
        if (errors.hasAny()) {
            return page(request, actor, unit, CategoryForm.empty(), errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        SiteSettings current = settings.findByUnitId(unitId).orElse(null);
        if (current == null) {
            settings.save(new SiteSettings(unitId, tagline, english, direct, null, null, actor.userId(), null));
        } else {
            settings.update(new SiteSettings(unitId, tagline, english, direct, current.createdAt(), current.updatedAt(), actor.userId(), current.version()));
        }
        audit.record(actor, unitId, "site.settings", "site", unitId, "Sửa cài đặt trang thông tin", null,
                Map.of("tagline", String.valueOf(tagline), "headPublishesDirectly", direct));
        publicChanges.changed(unitId);
        return Redirects.seeOther(base(unitId), Flash.success("site.saved"));
    }

    @Post("/categories")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addCategory(HttpRequest<?> request, Actor actor, long unitId, @Body CategoryForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        FieldErrors errors = new FieldErrors();
        CategoryForm.Draft draft = form.validate(errors);
        if (errors.hasAny()) {
            return page(request, actor, unit, form, errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            Category saved = categoryService.create(actor, unit, draft);
            return Redirects.seeOther(base(unitId), Flash.success("category.added", saved.name()));
        } catch (UserInputException e) {
            return page(request, actor, unit, form, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Post("/categories/{categoryId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteCategory(HttpRequest<?> request, Actor actor, long unitId, long categoryId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        Category category = categories.findByUnitIdAndId(unitId, categoryId).orElseThrow(() -> new NotFoundException("category"));
        try {
            categoryService.delete(actor, unit, categoryId);
        } catch (ConflictException e) {
            return page(request, actor, unit, CategoryForm.empty(), new FieldErrors().add("categories", "category.notEmpty", category.name()),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Redirects.seeOther(base(unitId), Flash.success("category.deleted"));
    }

    @Post("/links")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    HttpResponse<?> addLink(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        FieldErrors errors = new FieldErrors();
        String label = Fields.text(errors, "label", body.get("label"), 150, "link.label.required");
        String raw = body.getOrDefault("url", "").strip();
        String url = raw.startsWith("/") && !raw.startsWith("//") ? raw : HostNames.normalizeWebsite(raw);
        if (url == null || url.length() > 500) {
            errors.add("url", "field.website.invalid");
        }
        if (errors.hasAny()) {
            return page(request, actor, unit, CategoryForm.empty(), errors, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        QuickLink saved = links.save(new QuickLink(null, unitId, label, url, links.countByUnitId(unitId) + 1));
        audit.record(actor, unitId, "site.linkAdded", "quickLink", saved.id(), "Thêm liên kết " + label, null, Map.of("url", url));
        publicChanges.changed(unitId);
        return Redirects.seeOther(base(unitId), Flash.success("link.added"));
    }

    @Post("/links/{linkId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    HttpResponse<?> deleteLink(Actor actor, long unitId, long linkId) {
        access.require(actor, unitId, Permission.MANAGE_SITE);
        QuickLink link = links.findByUnitIdAndId(unitId, linkId).orElseThrow(() -> new NotFoundException("link"));
        links.deleteInUnit(unitId, linkId);
        audit.record(actor, unitId, "site.linkDeleted", "quickLink", linkId, "Xóa liên kết " + link.label(), Map.of("url", link.url()), null);
        publicChanges.changed(unitId);
        return Redirects.seeOther(base(unitId), Flash.success("link.deleted"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, CategoryForm form, FieldErrors errors, HttpStatus status) {
        return pages.render(status, "newsroom/site", new SettingsPage(shells.of(request, actor, unit, "site"),
                settings.findByUnitId(unit.id()).orElse(SiteSettings.defaults(unit.id())), categories.findByUnit(unit.id()),
                links.findByUnit(unit.id()), form, errors, "/" + unit.slug() + "/"));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/site";
    }
}
