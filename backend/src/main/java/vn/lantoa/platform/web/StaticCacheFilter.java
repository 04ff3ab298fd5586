package vn.lantoa.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Caching of Lantoa's files: a versioned address (see {@link StaticAssets}) is kept a year and never revalidated; any
 * other is revalidated on each use (Last-Modified answers 304), so a changed file is seen at once. Micronaut's file
 * writer keeps a Cache-Control set here instead of its default of 60 seconds.
 */
@ServerFilter({"/static/**", "/vendor/**"})
class StaticCacheFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @ResponseFilter
    void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() >= 400) {
            return;
        }
        String path = request.getPath();
        boolean versioned = path.startsWith("/vendor/") || StaticAssets.isCurrent(path, request.getParameters().get("v"));
        response.getHeaders().set("Cache-Control", versioned ? IMMUTABLE : "public, no-cache");
        response.getHeaders().remove("Expires");
    }
}
