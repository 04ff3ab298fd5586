package vn.lantoa.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import vn.lantoa.platform.web.Pages;

import java.util.Optional;

/**
 * The public face of the site for capabilities that add pages of their own to every unit's site (the listening desk's
 * form and follow page): the site's frame for the layout, and rendering that is never cached, since such pages carry
 * a form token or one citizen's case.
 */
@Singleton
public class SiteViews {

    /** The {site} variable of a public route, with the same exclusions as the site's own routes. */
    public static final String SITE = SiteRoutes.SITE;

    private final SiteRenderer renderer;
    private final Pages pages;

    SiteViews(SiteRenderer renderer, Pages pages) {
        this.renderer = renderer;
        this.pages = pages;
    }

    public Optional<SiteView> view(HttpRequest<?> request, String slug, String localPath) {
        return renderer.view(request, slug, localPath);
    }

    /** A page inside the site's frame with the public headers, but kept out of every cache. */
    public MutableHttpResponse<?> render(HttpStatus status, String template, Object page) {
        MutableHttpResponse<byte[]> response = pages.render(status, template, page);
        SiteRoutes.publicHeaders().forEach(response::header);
        return response.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex");
    }

    /** A published page inside the site's frame, cached and indexed like the site's own pages (dropped when the unit's public content changes). */
    public MutableHttpResponse<?> published(HttpRequest<?> request, SiteView site, String template, Object page) {
        return renderer.html(request, site, template, page);
    }

    /** A published file of the site (a QR code, a printable poster), cached, validated and dropped as its pages are. */
    public MutableHttpResponse<?> publishedFile(HttpRequest<?> request, SiteView site, byte[] body, String contentType, String disposition) {
        return renderer.bytes(request, site.frame().dependsOn(), site.generation(), body, contentType, disposition);
    }

    public MutableHttpResponse<?> notFound(HttpRequest<?> request, SiteView site) {
        return renderer.notFound(request, site);
    }
}
