package vn.lantoa.site;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.publication.PageCache;
import vn.lantoa.platform.web.Gzip;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.OwnNotFoundPages;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.unit.Unit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Renders public pages: with validators (ETag, Last-Modified), the public headers, and into the page cache, which
 * then answers the next visitor without coming here (see PublicFastPath).
 */
@Singleton
class SiteRenderer {

    private final Pages pages;
    private final PageCache cache;
    private final SiteDirectory directory;
    private final SiteFrames frames;
    private final Languages languages;
    private final String baseUrl;
    private final String hostScheme;

    SiteRenderer(Pages pages, PageCache cache, SiteDirectory directory, SiteFrames frames, Languages languages,
                 @Value("${lantoa.base-url}") String baseUrl, @Value("${lantoa.site.host-scheme:https}") String hostScheme) {
        this.pages = pages;
        this.cache = cache;
        this.directory = directory;
        this.frames = frames;
        this.languages = languages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.hostScheme = hostScheme;
    }

    /** The site of a slug, as this request addresses it (a closed unit's too: its archive); empty for an unknown slug. */
    Optional<SiteView> view(HttpRequest<?> request, String slug, String localPath) {
        long generation = cache.generation();
        Optional<Unit> unit = directory.bySlug(slug);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        String host = request.getHeaders().get(PublicFastPath.SITE_HOST);
        String base = host == null ? "/" + slug : "";
        String origin = host == null ? baseUrl : hostScheme + "://" + host;
        return Optional.of(new SiteView(frames.of(unit.get()), base, origin, localPath, languages.vietnamese(), languages.of(Languages.ENGLISH), generation));
    }

    MutableHttpResponse<?> html(HttpRequest<?> request, SiteView site, String template, Object page) {
        return bytes(request, site.frame().dependsOn(), site.generation(), pages.html(template, page), "text/html;charset=utf-8", null,
                site.frame().freshUntil());
    }

    byte[] htmlBytes(String template, Object page) {
        return pages.html(template, page);
    }

    MutableHttpResponse<?> bytes(HttpRequest<?> request, long[] dependsOn, long generation, byte[] body, String contentType) {
        return bytes(request, dependsOn, generation, body, contentType, null);
    }

    MutableHttpResponse<?> bytes(HttpRequest<?> request, long[] dependsOn, long generation, byte[] body, String contentType, String disposition) {
        return bytes(request, dependsOn, generation, body, contentType, disposition, null);
    }

    /** freshUntil: when the page stops being true by itself (a notice on it expires); the cache does not serve it after. */
    MutableHttpResponse<?> bytes(HttpRequest<?> request, long[] dependsOn, long generation, byte[] body, String contentType, String disposition,
                                 java.time.Instant freshUntil) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
        // HTTP caching compares this with the browser's real time: the system clock, not the application's.
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
        String key = request.getHeaders().get(PublicFastPath.PAGE_KEY);
        boolean caching = key != null && cache.enabled();
        boolean gzipWanted = Gzip.accepted(request.getHeaders().getAll("Accept-Encoding"));
        // Compressed once here, on a worker thread, so the cache can answer gzip from the event loop for free.
        byte[] gzip = (caching || gzipWanted) && Gzip.worthIt(contentType, body) ? Gzip.compress(body) : null;
        if (caching) {
            cache.put(key, new PageCache.Entry(body, gzip, contentType, etag, lastModified, dependsOn, disposition, freshUntil), generation);
        }
        boolean sendGzip = gzipWanted && gzip != null;
        String sentEtag = sendGzip ? Gzip.etag(etag) : etag;
        MutableHttpResponse<?> response = sentEtag.equals(request.getHeaders().get("If-None-Match"))
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(sendGzip ? gzip : body).contentType(contentType);
        if (sendGzip && response.code() == 200) {
            // Micronaut's own compression leaves a body that says it is encoded alone.
            response.header("Content-Encoding", "gzip");
        }
        response.header("ETag", sentEtag).header("Last-Modified", lastModified).header("X-Lantoa-Cache", "miss");
        SiteRoutes.publicHeaders().forEach(response::header);
        if (disposition != null) {
            response.header("Content-Disposition", disposition);
        }
        return response;
    }

    /** A Vietnamese 404 inside the site's own frame; never cached, so a page published a second later shows at once. */
    MutableHttpResponse<?> notFound(HttpRequest<?> request, SiteView site) {
        MutableHttpResponse<byte[]> response = pages.render(HttpStatus.NOT_FOUND, "site/notfound", new SitePages.NotFoundPage(site));
        SiteRoutes.publicHeaders().forEach(response::header);
        return OwnNotFoundPages.remember(request, response.header("Cache-Control", "no-store"));
    }

    /**
     * Renders a page of the site named by the address, or Lantoa's own Vietnamese 404 when no unit has that slug.
     * localPath is the page's address inside the site, for its canonical link.
     */
    HttpResponse<?> page(HttpRequest<?> request, String slug, String localPath, java.util.function.Function<SiteView, HttpResponse<?>> page) {
        return view(request, slug, localPath).map(page).orElseThrow(() -> new NotFoundException("site " + slug));
    }

    /** Slugs of all open units, for the sitemap index. */
    java.util.List<String> openSlugs() {
        return directory.openSlugs();
    }
}
