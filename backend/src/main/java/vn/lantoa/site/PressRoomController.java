package vn.lantoa.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.PublicPage;
import vn.lantoa.press.releases.PressRoom;

/**
 * Phòng báo chí: what a journalist looks for on a unit's site. Its published press releases, who speaks for it (the
 * committee's spokesperson) and how to reach it, and the media kit. Cached like every public page; publishing a release,
 * a change to the committee or to the kit drops it.
 */
@Hidden
@PublicPage
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class PressRoomController {

    private static final int RELEASES = 30;

    private final SiteRenderer renderer;
    private final PressRoom room;

    PressRoomController(SiteRenderer renderer, PressRoom room) {
        this.renderer = renderer;
        this.room = room;
    }

    @Get(SiteRoutes.SITE + "/phong-bao-chi")
    HttpResponse<?> show(HttpRequest<?> request, String site) {
        return renderer.page(request, site, "/phong-bao-chi", s -> {
            long unitId = s.frame().unit().id();
            return renderer.html(request, s, "site/pressroom", new PressRoomPage(s, room.releases(unitId, RELEASES), room.kit(unitId)));
        });
    }
}
