package vn.lantoa.press.releases;

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
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.newsroom.ArticleRepository;
import vn.lantoa.press.contacts.PressLists;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The press desk's releases: the unit's mailings and the form to mail a published press release to press lists (the
 * desk roles), each mailing's delivery log (any member of the unit) with the retry of failed recipients, and the media
 * kit of the public press room.
 */
@Hidden
@Controller("/admin/u/{unitId}/press/releases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ReleasesController {

    private static final int LOG_PAGE = 200;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final ReleaseMailings mailings;
    private final MailingStore store;
    private final PressLists lists;
    private final PressRoom room;
    private final ArticleRepository articles;
    private final StoredFileRepository files;

    ReleasesController(Access access, ShellFactory shells, Pages pages, ReleaseMailings mailings, MailingStore store, PressLists lists,
                       PressRoom room, ArticleRepository articles, StoredFileRepository files) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.mailings = mailings;
        this.store = store;
        this.lists = lists;
        this.room = room;
        this.articles = articles;
        this.files = files;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        return listPage(request, actor, unit, HttpStatus.OK, ReleasesPages.MailingForm.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, Actor actor, long unitId, @Body ReleasesPages.MailingForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        FieldErrors errors = new FieldErrors();
        Long articleId = parseId(form.articleId());
        if (articleId == null) {
            errors.add("articleId", "press.releases.error.noRelease");
        }
        List<Long> listIds = form.listIds().stream().map(ReleasesController::parseId).filter(java.util.Objects::nonNull).toList();
        if (listIds.isEmpty()) {
            errors.add("listId", "press.releases.error.noList");
        }
        Instant embargo = null;
        String typed = form.embargoValue().strip();
        if (!typed.isEmpty()) {
            try {
                embargo = LocalDateTime.parse(typed).atZone(VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                errors.add("embargo", "press.releases.error.embargoInvalid");
            }
        }
        if (errors.hasAny()) {
            return listPage(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        ReleaseMailings.Outcome outcome = mailings.queue(actor, unit, articleId, listIds, embargo);
        if (outcome.problem() != null) {
            switch (outcome.problem()) {
                case NOT_A_PUBLISHED_RELEASE -> errors.add("articleId", "press.releases.error.noRelease");
                case NO_LIST -> errors.add("listId", "press.releases.error.noList");
                case NO_RECIPIENTS -> errors.add("listId", "press.releases.error.noRecipients");
                case EMBARGO_PAST -> errors.add("embargo", "press.releases.error.embargoPast");
            }
            return listPage(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        return Redirects.seeOther(base(unitId) + "/" + outcome.mailingId(), embargo == null
                ? Flash.success("press.releases.queued", outcome.recipients())
                : Flash.success("press.releases.queuedEmbargo", outcome.recipients(), VietnamTime.dateTime(embargo)));
    }

    @Get("/{mailingId}")
    HttpResponse<?> mailing(HttpRequest<?> request, Actor actor, long unitId, long mailingId, @Nullable @QueryValue("trang-thai") String trangThai,
                            @Nullable @QueryValue Integer trang) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Mailing m = store.find(unitId, mailingId).orElseThrow(() -> new NotFoundException("mailing " + mailingId));
        Shell shell = shells.of(request, actor, unit, "press");
        DeliveryStatus filter = parseStatus(trangThai);
        long total = store.countLog(unitId, mailingId, filter);
        int pageCount = (int) Math.max(1, (total + LOG_PAGE - 1) / LOG_PAGE);
        int page = Math.min(Math.max(1, trang == null ? 1 : trang), pageCount);
        List<ReleasesPages.LogLine> log = store.log(unitId, mailingId, filter, LOG_PAGE, (page - 1) * LOG_PAGE).stream()
                .map(d -> new ReleasesPages.LogLine(d.fullName(), d.email(), d.status().name(), shell.t(d.status().labelKey()), d.attempts(),
                        d.status() == DeliveryStatus.QUEUED ? d.nextAttemptAt() : null, d.lastError(), d.sentAt())).toList();
        List<Option> filters = new ArrayList<>();
        filters.add(new Option("", shell.t("press.releases.filter.all")));
        for (DeliveryStatus s : DeliveryStatus.values()) {
            filters.add(new Option(s.name(), shell.t(s.labelKey())));
        }
        String releaseUrl = articles.findByUnitIdAndId(unitId, m.articleId()).map(a -> vn.lantoa.newsroom.Media.articleUrl(unit, a)).orElse(null);
        return pages.render("press/releases/mailing", new ReleasesPages.MailingPage(shell, line(m, store.counts(unitId, mailingId)), releaseUrl, log,
                filter == null ? "" : filter.name(), filters, page, pageCount, shell.can(Permission.HANDLE_PRESS)));
    }

    @Post("/{mailingId}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(Actor actor, long unitId, long mailingId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        store.find(unitId, mailingId).orElseThrow(() -> new NotFoundException("mailing " + mailingId));
        int n = mailings.retry(actor, unit, mailingId);
        return Redirects.seeOther(base(unitId) + "/" + mailingId, n == 0 ? Flash.info("press.releases.retryNone") : Flash.success("press.releases.retried", n));
    }

    @Post("/kit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addToKit(Actor actor, long unitId, @Body ReleasesPages.KitForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Long fileId = parseId(form.fileId());
        if (fileId == null || !room.add(actor, unit, fileId)) {
            return Redirects.seeOther(base(unitId) + "#kit", Flash.error("press.releases.kit.noFile"));
        }
        return Redirects.seeOther(base(unitId) + "#kit", Flash.success("press.releases.kit.added"));
    }

    @Post("/kit/{fileId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeFromKit(Actor actor, long unitId, long fileId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        files.findByUnitIdAndId(unitId, fileId).orElseThrow(() -> new NotFoundException("file " + fileId));
        room.remove(actor, unit, fileId);
        return Redirects.seeOther(base(unitId) + "#kit", Flash.success("press.releases.kit.removed"));
    }

    private HttpResponse<?> listPage(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, ReleasesPages.MailingForm form, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "press");
        boolean canSend = shell.can(Permission.HANDLE_PRESS);
        List<ReleasesPages.MailingLine> lines = store.list(unit.id(), 100).stream().map(r -> line(r.mailing(), r.counts())).toList();
        List<Option> releases = new ArrayList<>();
        List<ReleasesPages.ListLine> listLines = new ArrayList<>();
        List<StoredFile> kit = room.kit(unit.id());
        List<Option> library = new ArrayList<>();
        if (canSend) {
            articles.findForNewsroom(unit.id(), "PUBLISHED", "PRESS_RELEASE", "%", 200, 0)
                    .forEach(a -> releases.add(new Option(String.valueOf(a.id()), a.title())));
            lists.mailable(unit).forEach(l -> listLines.add(new ReleasesPages.ListLine(l.id(), l.name(), l.ownerName(), l.own(), l.recipients())));
            Set<Long> inKit = kit.stream().map(StoredFile::id).collect(Collectors.toSet());
            files.findImages(unit.id(), 200).stream().filter(f -> !inKit.contains(f.id()))
                    .forEach(f -> library.add(new Option(String.valueOf(f.id()), f.originalName())));
        }
        return pages.render(status, "press/releases/list", new ReleasesPages.ListPage(shell, lines, canSend, releases, listLines, form, errors, kit, library,
                "/" + unit.slug() + "/phong-bao-chi"));
    }

    private ReleasesPages.MailingLine line(Mailing m, MailingCounts counts) {
        return new ReleasesPages.MailingLine(m.id(), m.subject(), m.listNames(), m.sendAt(), m.embargoed(), counts.queued() > 0, counts);
    }

    private static DeliveryStatus parseStatus(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseId(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/releases";
    }
}
