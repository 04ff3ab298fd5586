package vn.lantoa.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

import java.util.Optional;

/**
 * A 404 that a page rendered itself (a public site's own "Không tìm thấy trang", in the site's frame). Micronaut
 * hands every 404 response to the global status handler; that handler returns this page instead of the generic one.
 */
public final class OwnNotFoundPages {

    private static final String ATTRIBUTE = "lantoa.ownNotFoundPage";

    private OwnNotFoundPages() {
    }

    public static <T extends MutableHttpResponse<?>> T remember(HttpRequest<?> request, T response) {
        request.setAttribute(ATTRIBUTE, response);
        return response;
    }

    static Optional<MutableHttpResponse<?>> recall(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE).map(r -> (MutableHttpResponse<?>) r);
    }
}
