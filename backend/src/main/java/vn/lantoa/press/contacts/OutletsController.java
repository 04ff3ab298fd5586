package vn.lantoa.press.contacts;

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
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.util.Arrays;
import java.util.List;

/** The unit's outlets (báo, đài, tạp chí, trang tin), for its press desk only. */
@Hidden
@Controller("/admin/u/{unitId}/press/contacts/outlets")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class OutletsController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PressOutlets writes;
    private final OutletRepository outlets;

    OutletsController(Access access, ShellFactory shells, Pages pages, PressOutlets writes, OutletRepository outlets) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.writes = writes;
        this.outlets = outlets;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        List<ContactPages.OutletRow> rows = outlets.findByUnitIdOrderByName(unitId).stream()
                .map(o -> new ContactPages.OutletRow(o, outlets.countContacts(unitId, o.id()))).toList();
        return pages.render("press/contacts/outlets", new ContactPages.OutletsPage(shells.of(request, actor, unit, "press"), rows));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        return edit(request, actor, unit, null, HttpStatus.OK, OutletInput.empty(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        OutletInput input = Form.parse(body).outlet();
        try {
            Outlet created = writes.create(actor, unit, writes.check(unit, input, null));
            return Redirects.seeOther(base(unitId), Flash.success("contacts.outlet.done.created", created.name()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/{outletId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long outletId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Outlet o = outlets.findByUnitIdAndId(unitId, outletId).orElseThrow(() -> new NotFoundException("outlet " + outletId));
        return edit(request, actor, unit, outletId, HttpStatus.OK, OutletInput.of(o), new FieldErrors());
    }

    @Post("/{outletId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long outletId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        Outlet current = outlets.findByUnitIdAndId(unitId, outletId).orElseThrow(() -> new NotFoundException("outlet " + outletId));
        OutletInput input = Form.parse(body).outlet();
        try {
            FieldErrors errors = new FieldErrors();
            Long version = Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            writes.update(actor, unit, outletId, version, writes.check(unit, input, outletId));
            return Redirects.seeOther(base(unitId), Flash.success("contacts.outlet.done.updated", current.name()));
        } catch (UserInputException e) {
            return edit(request, actor, unit, outletId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            Outlet now = outlets.findByUnitIdAndId(unitId, outletId).orElse(current);
            return edit(request, actor, unit, outletId, HttpStatus.CONFLICT, input,
                    new FieldErrors().add("version", "contacts.stale", VietnamTime.dateTime(now.updatedAt())));
        }
    }

    @Post("/{outletId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long outletId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_PRESS);
        try {
            writes.delete(actor, unit, outletId);
            return Redirects.seeOther(base(unitId), Flash.success("contacts.outlet.done.deleted"));
        } catch (ConflictException e) {
            return Redirects.seeOther(base(unitId), Flash.error(e.messageKey()));
        }
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long outletId, HttpStatus status, OutletInput input,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "press");
        List<Option> kinds = Arrays.stream(OutletKind.values()).map(k -> new Option(k.name(), shell.t(k.labelKey()))).toList();
        List<Option> scopes = Arrays.stream(OutletScope.values()).map(s -> new Option(s.name(), shell.t(s.labelKey()))).toList();
        return pages.render(status, "press/contacts/outlet", new ContactPages.OutletEditPage(shell, outletId, input.orBlank(), errors, kinds, scopes));
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/contacts/outlets";
    }
}
