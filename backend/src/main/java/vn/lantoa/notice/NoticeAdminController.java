package vn.lantoa.notice;

import io.micronaut.context.annotation.Value;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Emergency notices of a unit: those it received (to acknowledge), and for a Sở or Phòng the form and those it sent. */
@Hidden
@Controller("/admin/u/{unitId}/notices")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class NoticeAdminController {

    private final NoticeService service;
    private final NoticeRepository notices;
    private final NoticeChoices choices;
    private final MailOutbox outbox;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clock clock;
    private final Duration defaultDuration;
    private final String baseUrl;

    NoticeAdminController(NoticeService service, NoticeRepository notices, NoticeChoices choices, MailOutbox outbox, Access access, ShellFactory shells,
                          Pages pages, Clock clock, @Value("${lantoa.notices.default-duration:24h}") Duration defaultDuration,
                          @Value("${lantoa.base-url}") String baseUrl) {
        this.service = service;
        this.notices = notices;
        this.choices = choices;
        this.outbox = outbox;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clock = clock;
        this.defaultDuration = defaultDuration;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        boolean sender = unit.type() != UnitType.SCHOOL;
        return pages.render("notice/list", new NoticePages.ListPage(shells.of(request, actor, unit, "notices"), clock.instant(),
                notices.findReceived(unitId, clock.instant(), 100), access.can(actor, unit, Permission.SEND_NOTICES),
                sender ? notices.findSent(unitId, 100) : null, sender && access.can(actor, unit, Permission.SEND_NOTICES)));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        service.requireSender(actor, unit);
        NoticeForm blank = new NoticeForm(NoticeKind.STORM.name(), NoticeSeverity.URGENT.name(), "", "",
                NoticeForm.pickerValue(clock.instant().plus(defaultDuration)), "TYPE:" + UnitType.SCHOOL.name(), List.of());
        return form(request, actor, unit, blank, null, new FieldErrors(), HttpStatus.OK);
    }

    /** Checks the notice and shows who it reaches; sends it only from that page (confirm=yes), so no one sends blind. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        service.requireSender(actor, unit);
        Map<String, List<String>> f = body == null || body.isEmpty() ? Map.of()
                : new QueryStringDecoder(body, StandardCharsets.UTF_8, false, 6_000).parameters();
        NoticeForm form = new NoticeForm(one(f, "kind"), one(f, "severity"), one(f, "title"), one(f, "body"), one(f, "expiresAt"), one(f, "audience"),
                ids(f.get("unitIds")));
        try {
            // Sent only as previewed: a changed audience shows its new reach first.
            if (!"yes".equals(one(f, "confirm")) || !(service.reach(actor, unit, form) + "/" + form.audience()).equals(one(f, "seen"))) {
                return form(request, actor, unit, form, service.preview(actor, unit, form), new FieldErrors(), HttpStatus.OK);
            }
            Notice sent = service.send(actor, unit, form);
            return Redirects.seeOther("/admin/u/" + unitId + "/notices/" + sent.id(), Flash.success("notice.sentFlash"));
        } catch (UserInputException e) {
            return form(request, actor, unit, form, null, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/{noticeId}")
    HttpResponse<?> detail(HttpRequest<?> request, Actor actor, long unitId, long noticeId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        SentNotice notice = notices.findSentOne(unitId, noticeId)
                .orElseThrow(() -> new NotFoundException("notice " + noticeId));
        return pages.render("notice/detail", new NoticePages.DetailPage(shells.of(request, actor, unit, "notices"), clock.instant(), notice,
                notices.acknowledgements(noticeId), outbox.progress(NoticeService.batch(noticeId)),
                unit.type() != UnitType.SCHOOL && access.can(actor, unit, Permission.SEND_NOTICES)));
    }

    @Post("/{noticeId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(Actor actor, long unitId, long noticeId) {
        UnitRef unit = access.require(actor, unitId, Permission.SEND_NOTICES);
        service.withdraw(actor, unit, noticeId);
        return Redirects.seeOther("/admin/u/" + unitId + "/notices/" + noticeId, Flash.success("notice.withdrawnFlash"));
    }

    @Post("/{noticeId}/remind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> remind(Actor actor, long unitId, long noticeId) {
        UnitRef unit = access.require(actor, unitId, Permission.SEND_NOTICES);
        int mailed = service.remind(actor, unit, noticeId);
        return Redirects.seeOther("/admin/u/" + unitId + "/notices/" + noticeId,
                mailed < 0 ? Flash.info("notice.remindTooSoon") : Flash.success("notice.remindedFlash", mailed));
    }

    @Post("/{noticeId}/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(Actor actor, long unitId, long noticeId) {
        UnitRef unit = access.require(actor, unitId, Permission.SEND_NOTICES);
        service.acknowledge(actor, unit, noticeId);
        return Redirects.seeOther("/admin/u/" + unitId + "/notices#notice-" + noticeId, Flash.success("notice.acknowledgedFlash"));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, NoticeForm form, NoticeAudience.Preview preview, FieldErrors errors,
                                 HttpStatus status) {
        Shell shell = shells.of(request, actor, unit, "notices");
        return pages.render(status, "notice/new", new NoticePages.FormPage(shell, form, choices.kinds(shell.i18n()), choices.severities(shell.i18n()),
                choices.audiences(shell.i18n(), unit), choices.unitsBelow(unit), preview, baseUrl, errors));
    }

    private static String one(Map<String, List<String>> form, String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** Chosen unit ids; anything that is not a number is left out (it could name no unit below anyway). */
    private static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                try {
                    ids.add(Long.parseLong(v.strip()));
                } catch (NumberFormatException e) {
                    // ignored: see above
                }
            }
        }
        return ids;
    }
}
