package vn.lantoa.platform.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * What every API answer carries, including the ones the security layer gives before any controller runs (401): its
 * request id, and {@code Cache-Control: no-store} on /api/v1, so that no shared cache or browser history keeps a
 * unit's data or a token. Only the public OpenAPI document may be cached. Runs first, so its answer side runs last.
 */
@ServerFilter("/api/**")
class RequestIdFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(RequestIds.HEADER, RequestIds.of(request));
        if (request.getPath().startsWith("/api/v1/")) {
            response.getHeaders().set("Cache-Control", "no-store");
        }
    }
}
