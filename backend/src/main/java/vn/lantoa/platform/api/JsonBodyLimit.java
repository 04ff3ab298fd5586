package vn.lantoa.platform.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.lantoa.platform.web.ErrorResponses;

/**
 * A JSON body of the API is at most {@link #MAX_BYTES}: no operation needs more (the largest, a report form or a
 * report with its repeating rows, is tens of kilobytes), and the server's own limit of 64 MB is for file uploads,
 * which come as multipart. Larger answers 413 PAYLOAD_TOO_LARGE before the body is read. A body sent in chunks, with
 * no length, is counted where it is buffered ({@link UnknownFields}).
 */
@ServerFilter("/api/v1/**")
class JsonBodyLimit implements Ordered {

    static final long MAX_BYTES = 1024 * 1024;
    private final ErrorResponses errors;

    JsonBodyLimit(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        // After the rate limit (RateLimits), before anything reads the body (UnknownFields).
        return ServerFilterPhase.SECURITY.after() + 5;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        boolean json = request.getContentType().map(t -> t.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(false);
        return json && request.getContentLength() > MAX_BYTES ? tooLarge(request, errors) : null;
    }

    static HttpResponse<?> tooLarge(HttpRequest<?> request, ErrorResponses errors) {
        return errors.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", "api.jsonTooLarge", MAX_BYTES / (1024 * 1024));
    }
}
