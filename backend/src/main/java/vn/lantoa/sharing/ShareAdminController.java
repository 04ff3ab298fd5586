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

import java.util.List;
import java.util.Map;

/** Sharing down the tree: the form, what this unit shared (with acknowledgements), and what it received from above. */
@Hidden
@Controller("/admin/u/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ShareAdminController {

    private final SharingService service;
    private final ShareRepository shares;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    ShareAdminController(SharingService service, ShareRepository shares, Access access, ShellFactory shells, Pages pages) {
        this.service = service;
        this.shares = shares;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get("/shares/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String type, @Nullable @QueryValue Long id) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        Share.ItemType itemType = itemType(type);
        if (id == null) {
            throw new NotFoundException("share item");
        }
        return form(request, actor, unit, itemType, id, "ALL", false, new FieldErrors(), HttpStatus.OK);
    }

    @Post("/shares")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        Share.ItemType itemType = itemType(body.get("itemType"));
        long itemId = parseId(body.get("itemId"));
        String audienceCode = body.getOrDefault("audience", "");
        boolean requiresAck = "true".equals(body.get("requiresAck"));
        try {
            Share share = service.share(actor, unit, itemType, itemId, Audience.parse(audienceCode), requiresAck);
            return Redirects.seeOther("/admin/u/" + unitId + "/shares/" + share.id(), Flash.success("share.created"));
        } catch (UserInputException e) {
            return form(request, actor, unit, itemType, itemId, audienceCode, requiresAck, e.errors(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    @Get("/shares")
    HttpResponse<?> sent(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("sharing/sent", new SharingPages.SentPage(shells.of(request, actor, unit, "shares"), shares.findSent(unitId, 200)));
    }

    @Get("/shares/{shareId}")
    HttpResponse<?> detail(HttpRequest<?> request, Actor actor, long unitId, long shareId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        SentShare share = shares.findSentOne(unitId, shareId).orElseThrow(() -> new NotFoundException("share " + shareId));
        return pages.render("sharing/share", new SharingPages.ShareDetailPage(shells.of(request, actor, unit, "shares"), share,
                shares.acknowledgements(shareId)));
    }

    @Get("/received")
    HttpResponse<?> received(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return pages.render("sharing/received", new SharingPages.ReceivedPage(shells.of(request, actor, unit, "received"),
                shares.findReceived(unitId, 200), access.can(actor, unit, Permission.WRITE_CONTENT)));
    }

    @Post("/received/{shareId}/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(Actor actor, long unitId, long shareId) {
        UnitRef unit = access.require(actor, unitId, Permission.WRITE_CONTENT);
        service.acknowledge(actor, unit, shareId);
        return Redirects.seeOther("/admin/u/" + unitId + "/received", Flash.success("share.acknowledgedFlash"));
    }

    private HttpResponse<?> form(HttpRequest<?> request, Actor actor, UnitRef unit, Share.ItemType type, long itemId, String audience,
                                 boolean requiresAck, FieldErrors errors, HttpStatus status) {
        Shell shell = shells.of(request, actor, unit, "shares");
        String title = service.publishedTitle(unit, type, itemId);
        return pages.render(status, "sharing/new", new SharingPages.NewSharePage(shell, type.name(), itemId, title, Audience.choicesBelow(shell.i18n(), unit),
                audience, requiresAck, errors));
    }

    private static Share.ItemType itemType(String value) {
        try {
            return Share.ItemType.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("share item type " + value);
        }
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("share item " + value);
        }
    }
}
