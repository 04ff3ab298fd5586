package vn.lantoa.channel;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.site.SiteView;
import vn.lantoa.site.SiteViews;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * "Kênh truyền thông" on every unit's site: its official channels with a QR code each, the main channels of the units
 * above, and an A4 poster of them for noticeboards (seed 003). Pages, codes and poster are cached like the site's own
 * pages and dropped when the unit, or a unit above it, changes its channels.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.ALL)
class ChannelSiteController {

    static final String PATH = "/kenh-truyen-thong";
    /** Pixels per QR module on the poster: a code of 600-700 pixels, sharp when printed 6 cm wide. */
    private static final int POSTER_SCALE = 12;

    private final SiteViews sites;
    private final ChannelBoard board;
    private final Pages pages;
    private final ArticlePdf pdf;

    ChannelSiteController(SiteViews sites, ChannelBoard board, Pages pages, ArticlePdf pdf) {
        this.sites = sites;
        this.board = board;
        this.pages = pages;
        this.pdf = pdf;
    }

    @Get(SiteViews.SITE + PATH)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, String site) {
        SiteView s = view(request, site, PATH);
        ChannelBoard.Board b = board.of(s.frame());
        List<ChannelSitePages.Item> own = b.own().stream().map(c -> new ChannelSitePages.Item(c, s.url(PATH + "/" + c.id() + "/qr.svg"), s.frame().unit()))
                .toList();
        List<ChannelSitePages.Item> above = b.above().stream().map(a -> new ChannelSitePages.Item(a.channel(),
                s.siteUrlOf(a.unit()) + PATH.substring(1) + "/" + a.channel().id() + "/qr.svg", a.unit())).toList();
        return sites.published(request, s, "channel/public", new ChannelSitePages.ListPage(s, own, above));
    }

    @Get(SiteViews.SITE + PATH + "/{channelId}/qr.svg")
    HttpResponse<?> qr(HttpRequest<?> request, String site, String channelId) {
        SiteView s = view(request, site, PATH + "/" + channelId + "/qr.svg");
        return parseId(channelId).flatMap(id -> board.active(s.frame().unit().id(), id))
                .<HttpResponse<?>>map(c -> sites.publishedFile(request, s, QrCodes.svg(c.address(), alt(s.i18n(), c)), "image/svg+xml",
                        "inline; filename=\"ma-qr-" + c.id() + ".svg\""))
                .orElseGet(() -> sites.notFound(request, s));
    }

    @Get(SiteViews.SITE + PATH + "/ap-phich.pdf")
    HttpResponse<?> poster(HttpRequest<?> request, String site) {
        SiteView s = view(request, site, PATH + "/ap-phich.pdf");
        ChannelBoard.Board b = board.of(s.frame());
        List<ChannelSitePages.PosterItem> own = b.own().stream()
                .map(c -> new ChannelSitePages.PosterItem(c, QrCodes.pngDataUri(c.address(), POSTER_SCALE), s.frame().unit())).toList();
        List<ChannelSitePages.PosterItem> above = b.above().stream()
                .map(a -> new ChannelSitePages.PosterItem(a.channel(), QrCodes.pngDataUri(a.channel().address(), POSTER_SCALE), a.unit())).toList();
        byte[] html = pages.html("channel/poster", new ChannelSitePages.PosterPage(s, own, above, s.absolute("/")));
        byte[] body = pdf.fromHtml(new String(html, StandardCharsets.UTF_8));
        return sites.publishedFile(request, s, body, "application/pdf", "inline; filename=\"kenh-truyen-thong-" + s.frame().unit().slug() + ".pdf\"");
    }

    /** The alt text (and SVG title) of a code: which channel it opens, for a reader who cannot see it. */
    static String alt(Translator t, Channel c) {
        return t.t("channel.qr.alt", t.t(c.kind().labelKey()), c.name());
    }

    private SiteView view(HttpRequest<?> request, String site, String path) {
        return sites.view(request, site, path).orElseThrow(() -> new NotFoundException("site " + site));
    }

    private static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
