package vn.lantoa.press.releases;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.site.SiteView;
import vn.lantoa.site.SiteViews;

/**
 * Phòng báo chí: what a journalist looks for on a unit's site. Its published press releases, who speaks for it (the
 * committee's spokesperson) and how to reach it, and the media kit. Cached like the site's own pages: publishing a
 * release, a change to the committee or to the kit drops it.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class PressRoomController {

    static final String PATH = "/phong-bao-chi";
    private static final int RELEASES = 30;

    private final SiteViews sites;
    private final PressRoom room;

    PressRoomController(SiteViews sites, PressRoom room) {
        this.sites = sites;
        this.room = room;
    }

    @Get(SiteViews.SITE + PATH)
    HttpResponse<?> show(HttpRequest<?> request, String site) {
        SiteView s = sites.view(request, site, PATH).orElseThrow(() -> new NotFoundException("site " + site));
        long unitId = s.frame().unit().id();
        return sites.published(request, s, "press/releases/pressroom", new PressRoomPage(s, room.releases(unitId, RELEASES), room.kit(unitId)));
    }
}
