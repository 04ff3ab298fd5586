package vn.lantoa.platform.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every read of a versioned resource carries its ETag, and a read whose If-None-Match names it answers 304 with no
 * body, so an integration that polls pays for nothing when nothing changed.
 */
@ServerFilter("/api/v1/**")
class EtagFilter {

    @ResponseFilter
    void etag(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || response.code() != 200
                || !(response.getBody().orElse(null) instanceof Versioned versioned)) {
            return;
        }
        String etag = Preconditions.etag(versioned.version());
        response.getHeaders().set("ETag", etag);
        String ifNoneMatch = request.getHeaders().get("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.status(HttpStatus.NOT_MODIFIED);
            response.body(null);
        }
    }
}
