package vn.lantoa.platform.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.uri.UriBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The paging headers of every list answer, decided here once: {@code Link} with first, prev, next and last (RFC 8288,
 * as GitHub sends them) built from the request's own address, and {@code X-Total-Count}.
 */
@ServerFilter("/api/**")
class ListLinks {

    @ResponseFilter
    void links(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(response.getBody().orElse(null) instanceof ApiList<?> list)) {
            return;
        }
        URI uri = request.getUri();
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, list.perPage(), "first"));
        if (list.page() > 1) {
            links.add(link(uri, Math.min(list.page() - 1, list.lastPage()), list.perPage(), "prev"));
        }
        if (list.page() < list.lastPage()) {
            links.add(link(uri, list.page() + 1, list.perPage(), "next"));
        }
        links.add(link(uri, list.lastPage(), list.perPage(), "last"));
        response.header("Link", String.join(", ", links));
        response.header("X-Total-Count", Long.toString(list.total()));
    }

    private static String link(URI uri, int page, int perPage, String rel) {
        URI target = UriBuilder.of(uri).replaceQueryParam("page", page).replaceQueryParam("perPage", perPage).build();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
